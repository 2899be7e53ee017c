#include "RejectReasonsPanel.h"

#include "OperatingTable.h"
#include "RejectReasonModel.h"
#include "ShowRuleMessages.h"
#include "common/ChoiceDelegate.h"
#include "common/ListTable.h"
#include "common/MessageBar.h"
#include "common/TableColumns.h"
#include "operating/RejectReasonRules.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace accord {

RejectReasonsPanel::RejectReasonsPanel(QWidget* parent)
    : QWidget(parent), m_model(new RejectReasonModel(this)), m_checks(new MessageBar(this)),
      m_table(makeOperatingTable("rejectReasonTable", m_model, this)), m_add(new QPushButton(tr("Add reason"), this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("rejectReasonsPanel"));
    m_checks->setObjectName(QStringLiteral("rejectReasonChecks"));
    m_add->setObjectName(QStringLiteral("addReason"));
    m_remove->setObjectName(QStringLiteral("removeReason"));

    m_table->setItemDelegateForColumn(RejectReasonModel::Action,
                                      new ChoiceDelegate(
                                          [] {
                                              QList<ChoiceDelegate::Choice> choices;
                                              for (const RejectAction action : enumValues<RejectAction>())
                                                  choices.append({displayName(action), int(action)});
                                              return choices;
                                          },
                                          this));
    TableColumns::setWidths(
        m_table, {{RejectReasonModel::Name, 16}, {RejectReasonModel::Description, 34}, {RejectReasonModel::Action, 8}});
    TableColumns::keepWidthsAcrossResets(m_table);

    auto* intro = new QLabel(tr("Every rejected or recycled lead gets one reason, and every reason one action. "
                                "Keep %1 to %2 offered: Sales uses a short list and skips a long one.")
                                 .arg(RejectReasonRules::fewestActive)
                                 .arg(RejectReasonRules::mostActive),
                             this);
    intro->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_checks);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &RejectReasonsPanel::addReason);
    connect(m_remove, &QPushButton::clicked, this, [this] { m_model->removeReason(ListTable::selectedRow(m_table)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RejectReasonsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RejectReasonsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RejectReasonsPanel::showChecks);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RejectReasonsPanel::showChecks);
    updateButtons();
}

void RejectReasonsPanel::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_model->setWorkspace(workspace);
    updateButtons();
}

void RejectReasonsPanel::addReason()
{
    const int row = m_model->rowOf(m_model->addReason());
    if (row < 0)
        return;
    const QModelIndex name = m_model->index(row, RejectReasonModel::Name);
    m_table->setCurrentIndex(name);
    m_table->scrollTo(name);
    m_table->edit(name);
}

void RejectReasonsPanel::showChecks()
{
    showRuleMessages(m_checks, m_workspace ? RejectReasonRules::check(m_model->records()) : RuleMessages());
}

void RejectReasonsPanel::updateButtons()
{
    const bool editable = m_workspace && !m_workspace->isReadOnly();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && ListTable::selectedRow(m_table) >= 0);
}

} // namespace accord
