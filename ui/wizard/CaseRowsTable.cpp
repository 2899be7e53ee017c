#include "CaseRowsTable.h"

#include "PaddedRowDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace accord {

CaseRowsTable::CaseRowsTable(const QString& name, const QString& addText, QAbstractItemModel* model, QWidget* parent)
    : QWidget(parent), m_table(new QTableView(this)), m_add(new QPushButton(addText, this)),
      m_remove(new QPushButton(tr("Remove selected"), this))
{
    const QString capitalised = name.left(1).toUpper() + name.mid(1);
    m_table->setObjectName(name);
    m_add->setObjectName(QStringLiteral("add") + capitalised);
    m_remove->setObjectName(QStringLiteral("remove") + capitalised);
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->setItemDelegate(new PaddedRowDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 12);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &CaseRowsTable::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            Q_EMIT removeRequested(currentRow());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CaseRowsTable::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &CaseRowsTable::updateButtons);
    updateButtons();
}

int CaseRowsTable::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CaseRowsTable::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setEnabled(editable);
    updateButtons();
}

void CaseRowsTable::editRow(int row, int column)
{
    const QModelIndex index = m_table->model()->index(row, column);
    if (!index.isValid())
        return;
    m_table->setFocus();
    m_table->selectRow(row);
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

void CaseRowsTable::updateButtons()
{
    m_remove->setEnabled(m_editable && currentRow() >= 0);
}

} // namespace accord
