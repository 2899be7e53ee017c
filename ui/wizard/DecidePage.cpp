#include "DecidePage.h"

#include "playbook/StageGate.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
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

    m_contributors = new QListWidget(this);
    m_contributors->setObjectName(QStringLiteral("contributors"));
    m_contributors->setFlow(QListView::LeftToRight);
    m_contributors->setWrapping(true);
    m_contributors->setResizeMode(QListView::Adjust);
    m_contributors->setSpacing(4);
    m_contributors->setMaximumHeight(m_contributors->fontMetrics().height() * 7);
    addRow(tr("Contributors"), m_contributors);
    addEditable(m_contributors);
    connect(m_contributors, &QListWidget::itemChanged, this, &DecidePage::saveContributors);

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
    const QSignalBlocker blocker(m_contributors);
    m_contributors->clear();
    for (const Person& person : lookups.people) {
        if (person.archived)
            continue;
        auto* item = new QListWidgetItem(person.name, m_contributors);
        item->setData(Qt::UserRole, person.id);
        item->setToolTip(lookups.teamName(person.teamId));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
}

void DecidePage::showRest()
{
    const Decision decision = context().decision();
    const WizardLookups& lookups = context().lookups;
    const auto owner = lookups.person(decision.ownerId);
    m_ownerTeam->setText(owner ? tr("Team: %1").arg(lookups.teamName(owner->teamId)) : QString());
    m_ownerTeam->setVisible(owner.has_value());
    {
        const QSignalBlocker blocker(m_contributors);
        for (int row = 0; row < m_contributors->count(); ++row) {
            QListWidgetItem* item = m_contributors->item(row);
            const bool chosen = decision.contributorIds.contains(item->data(Qt::UserRole).toLongLong());
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        }
    }
    selectChoice(m_escalationTo, decision.escalationToId);
    if (!m_escalationDays->hasFocus())
        m_escalationDays->setValue(decision.escalationAfterDays);

    const CaseFile& file = context().file;
    const bool due = StageGate::escalationDue(file, context().now());
    m_escalation->setVisible(due);
    if (due) {
        const qint64 days = file.frictionCase.stageEnteredAt.daysTo(context().now());
        const QString to = lookups.personName(decision.escalationToId);
        m_escalation->setText(tr("<b>Escalation due: %n day(s) in Decide</b>; escalate to %1.", nullptr, int(days))
                                  .arg(to.toHtmlEscaped()));
    }
}

void DecidePage::saveContributors()
{
    QList<Id> chosen;
    for (int row = 0; row < m_contributors->count(); ++row)
        if (m_contributors->item(row)->checkState() == Qt::Checked)
            chosen.append(m_contributors->item(row)->data(Qt::UserRole).toLongLong());
    save<Decision>(tr("Contributors"), [chosen](Decision& d) { d.contributorIds = chosen; });
}

} // namespace accord
