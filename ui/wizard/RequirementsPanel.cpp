#include "RequirementsPanel.h"

#include "playbook/StageGate.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace accord {

RequirementsPanel::RequirementsPanel(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_items(new QVBoxLayout)
{
    setObjectName(QStringLiteral("requirementsPanel"));
    m_heading->setObjectName(QStringLiteral("sectionHeading"));
    m_heading->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    m_items->setSpacing(10);
    layout->addLayout(m_items);
}

void RequirementsPanel::showStep(CaseStage stage, const CaseFile& file)
{
    m_heading->setText(tr("What %1 still needs").arg(displayName(stage)));
    const QList<Requirement> requirements = StageGate::requirements(stage, file);
    QList<std::pair<QString, QString>> items;
    for (const Requirement& r : requirements)
        if (r.required && !r.met)
            items.append({QStringLiteral("●  ") + r.missing, QStringLiteral("gap")});
    if (items.isEmpty())
        items.append({tr("✓  Everything this step requires is recorded."), QStringLiteral("done")});
    for (const Requirement& r : requirements)
        if (!r.required && !r.met)
            items.append({tr("○  %1 (recommended)").arg(r.missing), QStringLiteral("hint")});

    // The labels are kept and reused: this runs on every change, including while the window is being torn down.
    while (m_labels.size() < items.size()) {
        auto* label = new QLabel(this);
        label->setWordWrap(true);
        m_items->addWidget(label);
        m_labels.append(label);
    }
    m_shown = int(items.size());
    for (int i = 0; i < m_labels.size(); ++i) {
        QLabel* label = m_labels.at(i);
        label->setVisible(i < m_shown);
        if (i >= m_shown)
            continue;
        label->setText(items.at(i).first);
        if (label->property("requirement").toString() != items.at(i).second) {
            label->setProperty("requirement", items.at(i).second);
            label->style()->unpolish(label);
            label->style()->polish(label);
        }
    }
}

QStringList RequirementsPanel::shownSentences() const
{
    QStringList sentences;
    for (int i = 0; i < m_shown; ++i)
        sentences << m_labels.at(i)->text();
    return sentences;
}

} // namespace accord
