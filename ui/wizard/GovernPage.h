#pragma once

#include "WizardPage.h"

class QPushButton;

namespace accord {

// Step 6: the operating rhythm that inspects the fix, the next review date, and the reviews held so far.
class GovernPage : public WizardPage
{
    Q_OBJECT

public:
    explicit GovernPage(WizardContext& context, QWidget* parent = nullptr);

    void showChoices() override;

protected:
    void showRest() override;

private:
    QComboBox* m_rhythm;
    QLabel* m_reviews;
    QPushButton* m_recordReview;
};

} // namespace accord
