#include "ActionsView.h"

#include "ActionListModel.h"
#include "ReviewRoles.h"
#include "RowFilterProxy.h"
#include "common/ChoiceDelegate.h"
#include "common/ListTable.h"
#include "common/TableColumns.h"
#include "wizard/WizardLookups.h"
#include "wizard/WizardPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace accord {

ActionsView::ActionsView(QWidget* parent)
    : QWidget(parent), m_model(new ActionListModel(this)), m_proxy(new RowFilterProxy(this)),
      m_owner(new QComboBox(this)), m_team(new QComboBox(this)), m_status(new QComboBox(this)),
      m_dueBy(new QCheckBox(tr("Due by"), this)), m_dueDate(new QDateEdit(this)), m_count(new QLabel(this)),
      m_table(ListTable::make("actionList", m_proxy, ListTable::Editing::ReadOnly, this))
{
    setObjectName(QStringLiteral("actionsView"));
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_team->setObjectName(QStringLiteral("actionTeam"));
    m_status->setObjectName(QStringLiteral("actionStatus"));
    m_dueBy->setObjectName(QStringLiteral("actionDueBy"));
    m_dueDate->setObjectName(QStringLiteral("actionDueDate"));
    m_count->setObjectName(QStringLiteral("actionCount"));
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setEnabled(false);
    m_status->addItem(tr("Still to do"), -1);
    m_status->addItem(tr("Every status"));
    for (ActionStatus status : enumValues<ActionStatus>())
        m_status->addItem(displayName(status), int(status));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReviewRoles::Sort);
    m_proxy->sort(ActionListModel::Due);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ActionListModel::Title, QHeaderView::Stretch);
    // Due is wide enough for an overdue date with its delay ("26 Apr 2026 (50 days late)").
    TableColumns::setWidths(m_table, {{ActionListModel::Owner, 10},
                                      {ActionListModel::Team, 10},
                                      {ActionListModel::Case, 18},
                                      {ActionListModel::Due, 18},
                                      {ActionListModel::Status, 8}});
    TableColumns::keepWidthsAcrossResets(m_table);
    auto* statuses = new ChoiceDelegate(
        [] {
            QList<ChoiceDelegate::Choice> choices;
            for (ActionStatus status : enumValues<ActionStatus>())
                choices.append({displayName(status), Id(status)});
            return choices;
        },
        this);
    m_table->setItemDelegateForColumn(ActionListModel::Status, statuses);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(12);
    filters->addWidget(m_owner, 2);
    filters->addWidget(m_team, 2);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_dueBy);
    filters->addWidget(m_dueDate);
    filters->addWidget(m_count);
    filters->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    for (QComboBox* combo : {m_owner, m_team, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &ActionsView::applyFilters);
    connect(m_dueBy, &QCheckBox::toggled, m_dueDate, &QWidget::setEnabled);
    connect(m_dueBy, &QCheckBox::toggled, this, &ActionsView::applyFilters);
    connect(m_dueDate, &QDateEdit::dateChanged, this, &ActionsView::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActionsView::applyFilters);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActionsView::applyFilters);
    m_proxy->setPredicate([this](const QModelIndex& row) {
        const int status = m_status->currentData().isValid() ? m_status->currentData().toInt() : -2;
        const auto action = m_model->recordAt(row.row());
        if (!action)
            return false;
        if (status == -1 && action->status != ActionStatus::Open && action->status != ActionStatus::InProgress)
            return false;
        if (status >= 0 && int(action->status) != status)
            return false;
        return !m_dueBy->isChecked() || (action->dueOn.isValid() && action->dueOn <= m_dueDate->date());
    });
    applyFilters();
}

void ActionsView::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        m_dueDate->setDate(m_workspace->clock().today().addDays(7));
        connect(m_workspace, &Workspace::tablesChanged, this, [this](const QSet<QString>& tables) {
            if (tables.contains(QStringLiteral("people")) || tables.contains(QStringLiteral("teams")))
                refreshChoices();
        });
    }
    m_model->setWorkspace(workspace);
    refreshChoices();
}

void ActionsView::refreshChoices()
{
    if (!m_workspace)
        return;
    QString error;
    const WizardLookups lookups = WizardLookups::load(*m_workspace, &error);
    WizardPage::fillChoices(m_owner, lookups.peopleChoices(), tr("Every owner"));
    WizardPage::fillChoices(m_team, lookups.teamChoices(), tr("Every team"));
    applyFilters();
}

void ActionsView::applyFilters()
{
    const Id owner = WizardPage::chosenId(m_owner);
    const Id team = WizardPage::chosenId(m_team);
    m_proxy->setCondition(ReviewRoles::Owner, owner ? QVariant(owner) : QVariant());
    m_proxy->setCondition(ReviewRoles::Team, team ? QVariant(team) : QVariant());
    m_proxy->refilter();
    int overdue = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        overdue += m_model->isOverdue(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    const int rows = m_proxy->rowCount();
    // Spelled out: the English build has no translation file to resolve "%n action(s)".
    m_count->setText(rows == 1 ? tr("1 action, %1 overdue").arg(overdue)
                               : tr("%1 actions, %2 overdue").arg(rows).arg(overdue));
}

} // namespace accord
