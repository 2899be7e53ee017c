#pragma once

#include "WizardPage.h"

namespace accord {

class ActionModel;
class CaseRowsTable;

// Step 5: the actions that change the operating model, each with an owner, a due date and a status.
class ResolvePage : public WizardPage
{
    Q_OBJECT

public:
    explicit ResolvePage(WizardContext& context, QWidget* parent = nullptr);

    void showChoices() override {}
    ActionModel* actionModel() const { return m_model; }

protected:
    void showRest() override;

private:
    void addAction();

    ActionModel* m_model;
    CaseRowsTable* m_actions;
    QLabel* m_overdue;
};

} // namespace accord
