#include "StepBar.h"

#include "playbook/StageGate.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>

namespace accord {

StepBar::StepBar(QWidget* parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("stepBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (CaseStage stage : enumValues<CaseStage>()) {
        auto* button = new QPushButton(this);
        button->setObjectName(QStringLiteral("step_") + enumCode(stage));
        button->setCheckable(true);
        // Alt+1…7 reach the steps; Tab stays among the step's own fields.
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolTip(tr("Look at %1 (Alt+%2)").arg(displayName(stage)).arg(int(stage) + 1));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_group->addButton(button, int(stage));
        m_buttons.append(button);
        layout->addWidget(button);
    }
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { Q_EMIT stepClicked(CaseStage(id)); });
}

void StepBar::showCase(const CaseFile& file)
{
    const FrictionCase& c = file.frictionCase;
    const bool closed = c.status == CaseStatus::Closed;
    for (CaseStage stage : enumValues<CaseStage>()) {
        QPushButton* button = m_buttons.at(int(stage));
        const int gaps = int(StageGate::missing(stage, file).size());
        QString state;
        QString line;
        if (closed || (gaps == 0 && stage != c.stage)) {
            state = QStringLiteral("done");
            line = tr("✓ Complete");
        } else if (stage == c.stage) {
            state = QStringLiteral("current");
            if (gaps > 0)
                line = tr("Here · gaps: %1").arg(gaps);
            else
                line = stage == CaseStage::Learn ? tr("Here · ready to close") : tr("Here · ready to move on");
        } else {
            state = QStringLiteral("gaps");
            line = tr("Gaps: %1").arg(gaps);
        }
        button->setText(tr("%1  %2").arg(int(stage) + 1).arg(displayName(stage)) + QLatin1Char('\n') + line);
        if (button->property("state").toString() != state) {
            button->setProperty("state", state);
            // Style sheet rules that read a property apply only after the widget is polished again.
            button->style()->unpolish(button);
            button->style()->polish(button);
        }
    }
}

void StepBar::setViewed(CaseStage stage)
{
    m_buttons.at(int(stage))->setChecked(true);
}

QPushButton* StepBar::button(CaseStage stage) const
{
    return m_buttons.at(int(stage));
}

} // namespace accord
