#include "SlaEditor.h"

#include "ShowRuleMessages.h"
#include "commands/EntityCommand.h"
#include "common/MessageBar.h"
#include "operating/SlaRules.h"
#include "wizard/TextArea.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace accord {
namespace {

QDoubleSpinBox* makeHours(const QString& objectName, QWidget* parent)
{
    auto* hours = new QDoubleSpinBox(parent);
    hours->setObjectName(objectName);
    hours->setRange(0, 24 * 30);
    hours->setDecimals(1);
    hours->setSuffix(QCoreApplication::translate("accord::SlaEditor", " h"));
    // One edit when the user is done, not one per arrow click or keystroke.
    hours->setKeyboardTracking(false);
    return hours;
}

TextArea* makeList(const QString& objectName, QWidget* parent)
{
    auto* list = new TextArea(parent);
    list->setObjectName(objectName);
    // A line per field or rule; six show the catalogue's lists whole.
    list->setFixedHeight(list->fontMetrics().lineSpacing() * 6 + 16);
    return list;
}

} // namespace

SlaEditor::SlaEditor(SlaKind kind, QWidget* parent)
    : QGroupBox(parent), m_kind(kind), m_sides(new QLabel(this)), m_description(new QLabel(this)),
      m_checks(new MessageBar(this))
{
    const QString prefix = QStringLiteral("sla_") + enumCode(kind);
    setObjectName(prefix);
    m_checks->setObjectName(prefix + QStringLiteral("_checks"));
    m_sides->setObjectName(QStringLiteral("slaSides"));
    m_description->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setVerticalSpacing(10);
    if (kind == SlaKind::LeadStandard) {
        m_requiredFields = makeList(prefix + QStringLiteral("_required_fields"), this);
        m_suppressionRules = makeList(prefix + QStringLiteral("_suppression_rules"), this);
        form->setRowWrapPolicy(QFormLayout::WrapAllRows);
        form->addRow(tr("Required fields, one per line"), m_requiredFields);
        form->addRow(tr("Suppression rules: leads that never reach Sales"), m_suppressionRules);
        for (TextArea* list : {m_requiredFields, m_suppressionRules})
            connect(list, &TextArea::editingFinished, this, &SlaEditor::commit);
    } else {
        m_target = makeHours(prefix + QStringLiteral("_target"), this);
        m_escalateTo = new QComboBox(this);
        m_escalateTo->setObjectName(prefix + QStringLiteral("_escalate_to"));
        m_escalateAfter = makeHours(prefix + QStringLiteral("_escalate_after"), this);
        form->addRow(kind == SlaKind::FirstTouch ? tr("First touch within") : tr("Accept or reject within"), m_target);
        form->addRow(tr("On breach, escalate to"), m_escalateTo);
        form->addRow(tr("Escalate after"), m_escalateAfter);
        for (QDoubleSpinBox* hours : {m_target, m_escalateAfter})
            connect(hours, &QDoubleSpinBox::editingFinished, this, &SlaEditor::commit);
        connect(m_escalateTo, &QComboBox::activated, this, &SlaEditor::commit);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(m_sides);
    layout->addWidget(m_description);
    layout->addLayout(form);
    layout->addWidget(m_checks);
    layout->addStretch(1);
}

void SlaEditor::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
}

void SlaEditor::showSla(const Sla& sla, const QList<Person>& people, const QList<Team>& teams)
{
    m_sla = sla;
    const auto teamName = [&](Id id) {
        for (const Team& team : teams)
            if (team.id == id)
                return team.name;
        return tr("another team");
    };
    setTitle(sla.name);
    m_sides->setText(tr("%1 commits to %2").arg(teamName(sla.ownerTeamId), teamName(sla.counterpartTeamId)));
    m_description->setText(sla.description);
    const bool editable = m_workspace && !m_workspace->isReadOnly();

    if (m_kind == SlaKind::LeadStandard) {
        for (const auto& [field, text] :
             {std::pair{m_requiredFields, sla.requiredFields}, std::pair{m_suppressionRules, sla.suppressionRules}}) {
            if (!field->hasFocus() || !field->isModified())
                field->setStoredText(text);
            field->setReadOnly(!editable);
        }
    } else {
        const QSignalBlocker blockTarget(m_target);
        const QSignalBlocker blockAfter(m_escalateAfter);
        const QSignalBlocker blockTo(m_escalateTo);
        m_target->setValue(sla.targetHours);
        m_escalateAfter->setValue(sla.escalateAfterHours);
        m_escalateTo->clear();
        m_escalateTo->addItem(tr("No one"), Id(0));
        for (const Person& person : people)
            if (!person.archived || person.id == sla.escalateToId)
                m_escalateTo->addItem(person.name, person.id);
        m_escalateTo->setCurrentIndex(std::max(0, m_escalateTo->findData(sla.escalateToId)));
        for (QWidget* field : {static_cast<QWidget*>(m_target), static_cast<QWidget*>(m_escalateTo),
                               static_cast<QWidget*>(m_escalateAfter)})
            field->setEnabled(editable);
    }
    showChecks();
}

void SlaEditor::commit()
{
    if (!m_workspace || m_workspace->isReadOnly() || !m_sla.id)
        return;
    Sla after = m_sla;
    if (m_kind == SlaKind::LeadStandard) {
        after.requiredFields = m_requiredFields->toPlainText().trimmed();
        after.suppressionRules = m_suppressionRules->toPlainText().trimmed();
        m_requiredFields->setModified(false);
        m_suppressionRules->setModified(false);
    } else {
        after.targetHours = m_target->value();
        after.escalateAfterHours = m_escalateAfter->value();
        after.escalateToId = m_escalateTo->currentData().toLongLong();
    }
    if (after == m_sla)
        return;
    m_workspace->undoStack()->push(
        new EntityCommand<Sla>(*m_workspace, m_sla, after, tr("Change “%1”").arg(m_sla.name)));
}

void SlaEditor::showChecks()
{
    showRuleMessages(m_checks, SlaRules::check(m_sla));
}

} // namespace accord
