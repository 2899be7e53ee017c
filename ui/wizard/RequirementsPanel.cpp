#include "RequirementsPanel.h"

#include "playbook/StageGate.h"

#include <QLabel>
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
    qDeleteAll(m_labels);
    m_labels.clear();
    m_heading->setText(tr("What %1 still needs").arg(displayName(stage)));
    const QList<Requirement> requirements = StageGate::requirements(stage, file);
    auto add = [this](const QString& text, const char* kind) {
        auto* label = new QLabel(text, this);
        label->setWordWrap(true);
        label->setProperty("requirement", QString::fromLatin1(kind));
        m_items->addWidget(label);
        m_labels.append(label);
    };
    bool anyGap = false;
    for (const Requirement& r : requirements) {
        if (r.required && !r.met) {
            add(QStringLiteral("●  ") + r.missing, "gap");
            anyGap = true;
        }
    }
    if (!anyGap)
        add(tr("✓  Everything this step requires is recorded."), "done");
    for (const Requirement& r : requirements)
        if (!r.required && !r.met)
            add(tr("○  %1 (recommended)").arg(r.missing), "hint");
}

QStringList RequirementsPanel::shownSentences() const
{
    QStringList sentences;
    for (const QLabel* label : m_labels)
        sentences << label->text();
    return sentences;
}

} // namespace accord
