#include "CaseListView.h"

#include "CaseFilterBar.h"
#include "CaseListModel.h"
#include "commands/CaseCommands.h"
#include "common/ListTable.h"
#include "common/TableColumns.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoCommand>
#include <QVBoxLayout>

namespace accord {
namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

CaseListView::CaseListView(QWidget* parent)
    : QWidget(parent), m_model(new CaseListModel(this)), m_filterBar(new CaseFilterBar(this)),
      m_table(new QTableView(this)), m_empty(new QLabel(this)), m_pages(new QStackedWidget(this)),
      m_count(new QLabel(this)), m_archive(new QAction(tr("Archive"), this)),
      m_delete(new QAction(tr("Delete…"), this)), m_newCase(new QAction(tr("New case…"), this)),
      m_drillDown(new QLabel(this))
{
    setObjectName(QStringLiteral("caseListView"));

    auto* heading = new QLabel(tr("Cases"), this);
    heading->setObjectName(QStringLiteral("areaHeading"));

    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table, ListTable::Editing::ReadOnly);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_archive);
    m_table->addAction(m_delete);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CaseListModel::Title, QHeaderView::Stretch);
    header->setMinimumSectionSize(80);
    // The title takes what the others leave; they are sized for their usual content, not their longest.
    TableColumns::setWidths(m_table, {{CaseListModel::Stage, 8},
                                      {CaseListModel::FrictionType, 12},
                                      {CaseListModel::Teams, 10},
                                      {CaseListModel::Severity, 4},
                                      {CaseListModel::RevenueAtRisk, 6},
                                      {CaseListModel::DecisionOwner, 9},
                                      {CaseListModel::Updated, 7}});
    TableColumns::keepWidthsAcrossResets(m_table);
    // The indicator first: enabling sorting sorts by whatever it shows, and the list opens newest first.
    header->setSortIndicator(CaseListModel::columnFor(m_model->filter().sortKey),
                             m_model->filter().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_empty->setObjectName(QStringLiteral("caseListEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);

    m_count->setObjectName(QStringLiteral("caseCount"));
    m_archive->setObjectName(QStringLiteral("archiveCase"));
    m_delete->setObjectName(QStringLiteral("deleteCase"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newCase->setObjectName(QStringLiteral("newCase"));
    m_newCase->setToolTip(tr("Surface a new friction case and walk it through the playbook"));
    m_drillDown->setObjectName(QStringLiteral("caseDrillDown"));
    m_drillDown->setTextFormat(Qt::RichText);
    m_drillDown->hide();

    auto* footer = new QHBoxLayout;
    footer->setSpacing(12);
    footer->addWidget(m_count);
    footer->addStretch(1);
    footer->addWidget(buttonFor(m_newCase, this));
    footer->addWidget(buttonFor(m_archive, this));
    footer->addWidget(buttonFor(m_delete, this));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_drillDown);
    layout->addWidget(m_pages, 1);
    layout->addLayout(footer);

    connect(m_filterBar, &CaseFilterBar::filterChanged, this, [this] {
        // Choosing filters again leaves a drill-down: the bar describes the whole list.
        if (m_drillDown->isVisible())
            clearDrillDown();
        else
            m_model->setFilter(m_filterBar->applyTo(m_model->filter()));
    });
    connect(m_drillDown, &QLabel::linkActivated, this, &CaseListView::clearDrillDown);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT caseActivated(index.data(CaseListModel::CaseIdRole).toLongLong());
    });
    connect(m_newCase, &QAction::triggered, this, &CaseListView::newCaseRequested);
    connect(m_model, &CaseListModel::totalCountChanged, this, &CaseListView::updateCount);
    connect(m_model, &CaseListModel::modelReset, this, &CaseListView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CaseListView::updateActions);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CaseListView::keepSortIndicatorOnSortableColumns);
    connect(m_archive, &QAction::triggered, this, &CaseListView::toggleArchived);
    connect(m_delete, &QAction::triggered, this, &CaseListView::deleteSelected);
    updateCount();
    updateActions();
}

void CaseListView::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_filterBar->setWorkspace(workspace);
    m_model->setWorkspace(workspace);
    clearDrillDown();
}

void CaseListView::showDrillDown(const CaseFilter& filter, const QString& description)
{
    CaseFilter drill = filter;
    drill.sortKey = m_model->filter().sortKey;
    drill.descending = m_model->filter().descending;
    m_model->setFilter(drill);
    m_drillDown->setText(tr("%1 · <a href=\"all\">Show all cases</a>").arg(description.toHtmlEscaped()));
    m_drillDown->show();
}

void CaseListView::clearDrillDown()
{
    m_drillDown->hide();
    CaseFilter whole;
    whole.sortKey = m_model->filter().sortKey;
    whole.descending = m_model->filter().descending;
    m_model->setFilter(m_filterBar->applyTo(whole));
}

Id CaseListView::selectedCaseId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(CaseListModel::CaseIdRole).toLongLong();
}

void CaseListView::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool editable = m_workspace && !m_workspace->isReadOnly() && !rows.isEmpty();
    const bool archived = !rows.isEmpty() && rows.first().data(CaseListModel::ArchivedRole).toBool();
    m_archive->setText(archived ? tr("Restore") : tr("Archive"));
    m_archive->setToolTip(archived ? tr("Bring the case back into the lists")
                                   : tr("Hide the case from lists and the matrix; it stays in the file"));
    m_archive->setEnabled(editable);
    m_newCase->setEnabled(m_workspace && !m_workspace->isReadOnly());
    m_delete->setEnabled(editable);
}

void CaseListView::updateCount()
{
    const int total = m_model->totalCount();
    m_count->setText(total == 1 ? tr("1 case") : tr("%L1 cases").arg(total));
    if (total == 0) {
        m_empty->setText(m_filterBar->isFiltering() ? tr("No case matches these filters.")
                                                    : tr("There are no cases in this workspace yet."));
        m_pages->setCurrentWidget(m_empty);
    } else {
        m_pages->setCurrentWidget(m_table);
    }
}

void CaseListView::toggleArchived()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!m_workspace || rows.isEmpty())
        return;
    const bool archived = rows.first().data(CaseListModel::ArchivedRole).toBool();
    QString error;
    auto command = CaseCommands::setArchived(*m_workspace, selectedCaseId(), !archived, &error);
    if (!command) {
        m_workspace->reportError(error);
        return;
    }
    m_workspace->undoStack()->push(command.release());
}

void CaseListView::deleteSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(CaseListModel::Title);
    if (!m_workspace || rows.isEmpty())
        return;
    const auto summary = m_model->caseAt(rows.first().row());
    const auto answer = QMessageBox::question(
        this, tr("Delete case"),
        tr("Delete “%1” with its diagnosis, decisions and actions?\n\nEdit ▸ Undo brings it back.").arg(summary->title),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    auto command = CaseCommands::remove(*m_workspace, summary->id, &error);
    if (!command) {
        m_workspace->reportError(error);
        return;
    }
    m_workspace->undoStack()->push(command.release());
}

void CaseListView::keepSortIndicatorOnSortableColumns(int column)
{
    if (CaseListModel::sortKeyFor(column))
        return;
    // Teams and decision owners have no sort order of their own; leave the list as it was.
    const CaseFilter filter = m_model->filter();
    const QSignalBlocker blocker(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSortIndicator(CaseListModel::columnFor(filter.sortKey),
                                                  filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

} // namespace accord
