#pragma once

#include "WizardPage.h"

namespace accord {

// Step 3: the shared outcome the fix is judged by, and the KPI with its baseline, target and date.
class AlignPage : public WizardPage
{
    Q_OBJECT

public:
    explicit AlignPage(WizardContext& context, QWidget* parent = nullptr);

    void showChoices() override;

protected:
    void showRest() override;

private:
    // A number field that may be left empty: an unset baseline is not a baseline of zero.
    QLineEdit* addNumberField(const char* objectName, const QString& label,
                              std::optional<double> FrictionCase::*member);

    QComboBox* m_outcome;
    QComboBox* m_kpi;
    QList<std::pair<QLineEdit*, std::optional<double> FrictionCase::*>> m_numbers;
    QLabel* m_kpiDefinition;
};

} // namespace accord
