#pragma once

#include "domain/Enums.h"

#include <QWidget>

class QButtonGroup;
class QPushButton;

namespace accord {

struct CaseFile;

// The seven playbook steps in a row, always in sight: where the case stands, which steps are complete and which
// still have gaps, and which one is being looked at. Clicking a step only looks at it.
class StepBar : public QWidget
{
    Q_OBJECT

public:
    explicit StepBar(QWidget* parent = nullptr);

    void showCase(const CaseFile& file);
    void setViewed(CaseStage stage);
    QPushButton* button(CaseStage stage) const;

Q_SIGNALS:
    void stepClicked(CaseStage stage);

private:
    QButtonGroup* m_group;
    QList<QPushButton*> m_buttons;
};

} // namespace accord
