#include "ResolvePage.h"

#include "ActionModel.h"
#include "CaseRowsTable.h"
#include "common/ChoiceDelegate.h"
#include "common/TableColumns.h"
#include "playbook/StageGate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace accord {
namespace {

template <typename E> WizardLookups::Choices enumChoices()
{
    WizardLookups::Choices choices;
    for (E value : enumValues<E>())
        choices.append({displayName(value), Id(value)});
    return choices;
}

} // namespace

ResolvePage::ResolvePage(WizardContext& context, QWidget* parent)
    : WizardPage(CaseStage::Resolve, context,
                 tr("Change the system, not the people: each action changes a handoff, an SLA, routing, a dashboard, "
                    "a definition or another part of the operating model, and has one owner and a due date."),
                 parent),
      m_model(new ActionModel(context, this)),
      m_actions(new CaseRowsTable(QStringLiteral("actions"), tr("Add an action"), m_model, this)),
      m_overdue(addNotice("overdueNotice"))
{
    QTableView* table = m_actions->table();
    table->setItemDelegateForColumn(ActionModel::Kind, new ChoiceDelegate(&enumChoices<ActionKind>, this));
    table->setItemDelegateForColumn(
        ActionModel::Owner,
        new ChoiceDelegate(
            [this] {
                return WizardLookups::Choices{{tr("No owner yet"), 0}} + this->context().lookups.peopleChoices();
            },
            this));
    table->setItemDelegateForColumn(ActionModel::Status, new ChoiceDelegate(&enumChoices<ActionStatus>, this));
    TableColumns::setWidths(table, {{ActionModel::Kind, 11},
                                    {ActionModel::Title, 26},
                                    {ActionModel::Owner, 12},
                                    {ActionModel::Due, 8},
                                    {ActionModel::Status, 12}});
    body()->addWidget(m_overdue);
    body()->addWidget(m_actions, 1);
    addEditable(table);
    connect(m_actions, &CaseRowsTable::addRequested, this, &ResolvePage::addAction);
    connect(m_actions, &CaseRowsTable::removeRequested, this, [this](int row) {
        if (const auto action = m_model->rowAt(row))
            this->context().editor.removeRow(*action, tr("Remove an action"));
    });
}

void ResolvePage::showRest()
{
    const CaseFile& file = context().file;
    m_model->setRows(file.actions);
    m_actions->setEditable(context().editor.isEditable());
    const QDate today = context().today();
    const auto overdue = std::count_if(file.actions.cbegin(), file.actions.cend(),
                                       [today](const Action& a) { return StageGate::isOverdue(a, today); });
    m_overdue->setVisible(overdue > 0);
    m_overdue->setText(tr("<b>Actions overdue: %1.</b> Agree a new date or an owner who can deliver.").arg(overdue));
}

void ResolvePage::addAction()
{
    Action action;
    action.dueOn = context().today().addDays(14);
    const Id id = context().editor.addRow(action, tr("Add an action"));
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_actions->editRow(row, ActionModel::Title);
}

} // namespace accord
