#pragma once

#include "WizardPage.h"

class QSpinBox;

namespace accord {

class CheckList;

// Step 1: what the friction is, between which teams, what it blocks and what it costs; started blank or from a
// conflict pattern or friction type, and flagged when the same friction came back.
class SurfacePage : public WizardPage
{
    Q_OBJECT

public:
    explicit SurfacePage(WizardContext& context, QWidget* parent = nullptr);

    void showChoices() override;

Q_SIGNALS:
    // The user followed the link to the earlier case this one recurs.
    void earlierCaseRequested(Id caseId);

protected:
    void showRest() override;

private:
    void applyStart();
    void showRecurrence();

    QComboBox* m_start;
    QLineEdit* m_title;
    QComboBox* m_frictionType;
    CheckList* m_teams;
    QComboBox* m_impactedMetric;
    QComboBox* m_funnelStage;
    QSpinBox* m_revenue;
    QComboBox* m_severity;
    QComboBox* m_raisedBy;
    QLabel* m_recurrence;
};

} // namespace accord
