#pragma once

#include "WizardPage.h"

class QCheckBox;
class QPushButton;

namespace accord {

class CaseRowsTable;
class RootCauseModel;

// Step 2: the root causes from the taxonomy, each with its evidence, and the data-trust checklist that says when
// the real cause is trust in the numbers.
class DiagnosePage : public WizardPage
{
    Q_OBJECT

public:
    explicit DiagnosePage(WizardContext& context, QWidget* parent = nullptr);

    void showChoices() override;
    RootCauseModel* rootCauseModel() const { return m_model; }

protected:
    void showRest() override;

private:
    void addRootCause();
    void saveSignals();
    void addDefinitionAction();

    RootCauseModel* m_model;
    CaseRowsTable* m_rootCauses;
    QWidget* m_signalBox;
    QList<QCheckBox*> m_signals;
    QLabel* m_dataTrust;
    QPushButton* m_addDefinition;
};

} // namespace accord
