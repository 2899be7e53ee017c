#pragma once

#include "WizardPage.h"

class QPushButton;

namespace accord {

// Step 7: the retrospective (what worked, what came back, the evidence, how the KPI moved), and closing or
// reopening the case.
class LearnPage : public WizardPage
{
    Q_OBJECT

public:
    explicit LearnPage(WizardContext& context, QWidget* parent = nullptr);

    void showChoices() override {}

protected:
    void showRest() override;

private:
    QLabel* m_status;
    QPushButton* m_close;
    QPushButton* m_reopen;
};

} // namespace accord
