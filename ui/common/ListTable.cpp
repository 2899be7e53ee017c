#include "ListTable.h"

#include <QHeaderView>
#include <QTableView>

namespace accord::ListTable {

void setUp(QTableView* table, Editing editing)
{
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(editing == Editing::InPlace
                               ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::SelectedClicked
                               : QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() * 2 + 4);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
}

void wrapRows(QTableView* table)
{
    table->setWordWrap(true);
    // A row of one line stays as roomy as in the other lists.
    table->verticalHeader()->setMinimumSectionSize(table->verticalHeader()->defaultSectionSize());
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

QTableView* make(const char* objectName, QAbstractItemModel* model, Editing editing, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(QLatin1String(objectName));
    table->setModel(model);
    setUp(table, editing);
    return table;
}

int selectedRow(const QTableView* table)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

} // namespace accord::ListTable
