#include "FunnelPage.h"

#include "FunnelDiagram.h"
#include "FunnelStageModel.h"
#include "OperatingTable.h"
#include "common/ChoiceDelegate.h"
#include "common/ListTable.h"
#include "common/MessageBar.h"
#include "common/TableColumns.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace accord {
namespace {

QPushButton* makeButton(const QString& text, const char* objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(objectName));
    return button;
}

} // namespace

FunnelPage::FunnelPage(QWidget* parent)
    : QWidget(parent), m_model(new FunnelStageModel(this)), m_diagram(new FunnelDiagram(this)),
      m_message(new MessageBar(this)), m_table(makeOperatingTable("funnelStageTable", m_model, this)),
      m_add(makeButton(tr("Add stage"), "addStage", this)), m_up(makeButton(tr("Move up"), "moveStageUp", this)),
      m_down(makeButton(tr("Move down"), "moveStageDown", this)),
      m_remove(makeButton(tr("Remove"), "removeStage", this))
{
    setObjectName(QStringLiteral("funnelPage"));
    m_message->setObjectName(QStringLiteral("funnelMessage"));
    m_diagram->setModel(m_model);

    m_table->setItemDelegateForColumn(FunnelStageModel::Owner,
                                      new ChoiceDelegate(
                                          [this] {
                                              QList<ChoiceDelegate::Choice> choices{{tr("No owner"), 0}};
                                              for (const Team& team : m_model->teams())
                                                  if (!team.archived)
                                                      choices.append({team.name, team.id});
                                              return choices;
                                          },
                                          this));
    TableColumns::setWidths(m_table, {{FunnelStageModel::Name, 14}, {FunnelStageModel::Owner, 10}});
    TableColumns::keepWidthsAcrossResets(m_table);
    // The criteria are what people read and argue about: they share all the width the other columns leave.
    for (const int column : {FunnelStageModel::EntryCriteria, FunnelStageModel::ExitCriteria})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);

    auto* hint = new QLabel(tr("Stages run left to right; a dashed line marks where the owning team changes."), this);
    hint->setObjectName(QStringLiteral("funnelHint"));
    hint->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    for (QPushButton* button : {m_add, m_up, m_down, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(hint);
    layout->addWidget(m_diagram, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 2);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &FunnelPage::addStage);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStage(1); });
    connect(m_remove, &QPushButton::clicked, this, &FunnelPage::removeStage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FunnelPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FunnelPage::updateButtons);
    updateButtons();
}

void FunnelPage::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_model->setWorkspace(workspace);
    m_message->hide();
    updateButtons();
}

void FunnelPage::addStage()
{
    Id id = 0;
    QString error;
    if (!m_model->addStage(ListTable::selectedRow(m_table), &id, &error)) {
        m_message->showMessage(error, MessageBar::Kind::Error);
        return;
    }
    m_message->hide();
    selectStage(id);
    m_table->edit(m_table->currentIndex());
}

void FunnelPage::moveStage(int delta)
{
    const int row = ListTable::selectedRow(m_table);
    const Id id = m_model->recordAt(row) ? m_model->recordAt(row)->id : 0;
    QString error;
    if (!m_model->moveStage(row, delta, &error)) {
        if (!error.isEmpty())
            m_message->showMessage(error, MessageBar::Kind::Information);
        return;
    }
    m_message->hide();
    // The reordered stages come back as a new list; the one moved stays selected, so it can be moved on.
    selectStage(id);
}

void FunnelPage::removeStage()
{
    QString error;
    if (!m_model->removeStage(ListTable::selectedRow(m_table), &error)) {
        if (!error.isEmpty())
            m_message->showMessage(error, MessageBar::Kind::Warning);
        return;
    }
    m_message->hide();
}

void FunnelPage::selectStage(Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex name = m_model->index(row, FunnelStageModel::Name);
    m_table->setCurrentIndex(name);
    m_table->selectRow(row);
    m_table->scrollTo(name);
}

void FunnelPage::updateButtons()
{
    const bool editable = m_workspace && !m_workspace->isReadOnly();
    const int row = ListTable::selectedRow(m_table);
    m_add->setEnabled(editable);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row < m_model->rowCount() - 1);
    m_remove->setEnabled(editable && row >= 0);
}

} // namespace accord
