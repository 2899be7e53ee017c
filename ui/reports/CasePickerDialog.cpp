#include "CasePickerDialog.h"

#include "cases/CaseListModel.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace accord {

CasePickerDialog::CasePickerDialog(Workspace* workspace, Mode mode, QWidget* parent)
    : QDialog(parent), m_model(new CaseListModel(this)), m_view(new QTableView(this))
{
    setWindowTitle(mode == Mode::One ? tr("Export a Decision Summary") : tr("Export a Workshop Pack"));
    CaseFilter filter;
    filter.openOnly = mode == Mode::Many;
    filter.sortKey = CaseFilter::SortKey::Id;
    filter.descending = false;
    m_model->setWorkspace(workspace);
    m_model->setFilter(filter);
    m_view->setObjectName(QStringLiteral("casePicker"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(mode == Mode::One ? QAbstractItemView::SingleSelection
                                               : QAbstractItemView::MultiSelection);
    m_view->verticalHeader()->hide();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnHidden(c, c != CaseListModel::Title && c != CaseListModel::Stage && c != CaseListModel::Teams);
    m_view->horizontalHeader()->setSectionResizeMode(CaseListModel::Title, QHeaderView::Stretch);
    if (mode == Mode::Many)
        m_view->selectAll();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export PDF…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_view->selectionModel()->hasSelection());
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, update);
    update();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(mode == Mode::One ? tr("The case to summarise:")
                                                   : tr("The cases of the pack (all open cases are chosen):"),
                                 this));
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 600);
}

QList<Id> CasePickerDialog::chosenCases() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<Id> ids;
    for (const QModelIndex& row : rows)
        ids << row.data(CaseListModel::CaseIdRole).value<Id>();
    return ids;
}

} // namespace accord
