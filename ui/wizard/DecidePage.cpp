#include "DecidePage.h"

#include "CheckList.h"
#include "playbook/StageGate.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace accord {

DecidePage::DecidePage(WizardContext& context, QWidget* parent)
    : WizardPage(CaseStage::Decide, context,
                 tr("Name exactly one person accountable for the decision, who must be heard, how the options will "
                    "be judged, and who steps in if no decision comes."),
                 parent)
{
    m_escalation = addNotice("escalationNotice");
    body()->insertWidget(2, m_escalation);

    m_owner = addChoiceField("decisionOwner", tr("Accountable owner"), &Decision::ownerId);
    m_ownerTeam = new QLabel(this);
    m_ownerTeam->setObjectName(QStringLiteral("decisionOwnerTeam"));
    form()->addRow(QString(), m_ownerTeam);

    m_contributors = new CheckList(this);
    m_contributors->setObjectName(QStringLiteral("contributors"));
    addRow(tr("Contributors"), m_contributors);
    addEditable(m_contributors);
    connect(m_contributors, &CheckList::itemChanged, this, [this] {
        save<Decision>(tr("Contributors"),
                       [chosen = m_contributors->checkedIds()](Decision& d) { d.contributorIds = chosen; });
    });

    addTextField("decisionCriteria", tr("Decision criteria"), &Decision::criteria);

    m_escalationTo = new QComboBox(this);
    m_escalationTo->setObjectName(QStringLiteral("escalationTo"));
    m_escalationDays = new QSpinBox(this);
    m_escalationDays->setObjectName(QStringLiteral("escalationDays"));
    m_escalationDays->setRange(0, 365);
    m_escalationDays->setSpecialValueText(tr("Not set"));
    m_escalationDays->setSuffix(tr(" days without a decision"));
    auto* escalation = new QWidget(this);
    auto* escalationRow = new QHBoxLayout(escalation);
    escalationRow->setContentsMargins(0, 0, 0, 0);
    escalationRow->addWidget(m_escalationTo, 3);
    escalationRow->addWidget(new QLabel(tr("after"), escalation));
    escalationRow->addWidget(m_escalationDays, 2);
    addRow(tr("Escalate to"), escalation);
    addEditable(m_escalationTo);
    addEditable(m_escalationDays);
    connect(m_escalationTo, &QComboBox::activated, this, [this] {
        save<Decision>(tr("Escalate to"), [id = chosenId(m_escalationTo)](Decision& d) { d.escalationToId = id; });
    });
    connect(m_escalationDays, &QSpinBox::editingFinished, this, [this] {
        save<Decision>(tr("Escalation after"),
                       [days = m_escalationDays->value()](Decision& d) { d.escalationAfterDays = days; });
    });

    addTextField("decisionText", tr("Decision"), &Decision::text);
    addDateField("decidedOn", tr("Decided on"), &Decision::decidedOn);
    body()->addStretch();
}

void DecidePage::showChoices()
{
    const WizardLookups& lookups = context().lookups;
    fillChoices(m_owner, lookups.peopleChoices(), tr("Choose one accountable owner…"));
    fillChoices(m_escalationTo, lookups.peopleChoices(), tr("Choose whom to escalate to…"));
    QList<std::pair<QString, Id>> people;
    for (const Person& person : lookups.people)
        if (!person.archived)
            people.append({person.name, person.id});
    m_contributors->setEntries(people);
}

void DecidePage::showRest()
{
    const Decision decision = context().decision();
    const WizardLookups& lookups = context().lookups;
    const auto owner = lookups.person(decision.ownerId);
    m_ownerTeam->setText(owner ? tr("Team: %1").arg(lookups.teamName(owner->teamId)) : QString());
    m_ownerTeam->setVisible(owner.has_value());
    m_contributors->setCheckedIds(decision.contributorIds);
    selectChoice(m_escalationTo, decision.escalationToId);
    if (!m_escalationDays->hasFocus())
        m_escalationDays->setValue(decision.escalationAfterDays);

    const CaseFile& file = context().file;
    const bool due = StageGate::escalationDue(file, context().now());
    m_escalation->setVisible(due);
    if (due) {
        const qint64 days = file.frictionCase.stageEnteredAt.daysTo(context().now());
        const QString to = lookups.personName(decision.escalationToId);
        const QString waited = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
        m_escalation->setText(
            tr("<b>Escalation due: %1 in Decide</b>; escalate to %2.").arg(waited, to.toHtmlEscaped()));
    }
}

} // namespace accord
