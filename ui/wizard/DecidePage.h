#pragma once

#include "WizardPage.h"

class QSpinBox;

namespace accord {

class CheckList;

// Step 4: one accountable owner, the contributors, the criteria, the escalation path and the decision itself;
// a case kept waiting here longer than its escalation path allows says so plainly.
class DecidePage : public WizardPage
{
    Q_OBJECT

public:
    explicit DecidePage(WizardContext& context, QWidget* parent = nullptr);

    void showChoices() override;

protected:
    void showRest() override;

private:
    QComboBox* m_owner;
    QLabel* m_ownerTeam;
    CheckList* m_contributors;
    QComboBox* m_escalationTo;
    QSpinBox* m_escalationDays;
    QLabel* m_escalation;
};

} // namespace accord
