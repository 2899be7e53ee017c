#include "DecisionLogView.h"

#include "DecisionModel.h"
#include "ReviewRoles.h"
#include "RowFilterProxy.h"
#include "common/ListTable.h"
#include "common/MessageBar.h"
#include "common/TableColumns.h"
#include "reviews/DecisionCommands.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace accord {

DecisionLogView::DecisionLogView(QWidget* parent)
    : QWidget(parent), m_model(new DecisionModel(this)), m_proxy(new RowFilterProxy(this)),
      m_message(new MessageBar(this)), m_search(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_count(new QLabel(this)), m_table(ListTable::make("decisionLog", m_proxy, ListTable::Editing::ReadOnly, this)),
      m_reverse(new QPushButton(tr("Reverse decision"), this))
{
    setObjectName(QStringLiteral("decisionLogView"));
    m_message->hide();
    m_search->setObjectName(QStringLiteral("decisionSearch"));
    m_search->setPlaceholderText(tr("Search decisions, owners, cases and meetings"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("decisionStatus"));
    m_status->addItem(tr("Every status"));
    for (DecisionStatus status : enumValues<DecisionStatus>())
        m_status->addItem(displayName(status), int(status));
    m_count->setObjectName(QStringLiteral("decisionCount"));
    m_reverse->setObjectName(QStringLiteral("reverseDecision"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReviewRoles::Sort);
    m_proxy->sort(DecisionModel::Decided, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DecisionModel::Decided, Qt::DescendingOrder);
    // A wrapped decision or a supersession link takes the lines it needs.
    ListTable::wrapRows(m_table);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(DecisionModel::Text, QHeaderView::Stretch);
    TableColumns::setWidths(m_table, {{DecisionModel::Owner, 9},
                                      {DecisionModel::Decided, 8},
                                      {DecisionModel::Case, 14},
                                      {DecisionModel::Meeting, 12},
                                      {DecisionModel::Status, 6},
                                      {DecisionModel::Supersession, 14},
                                      {DecisionModel::MetricChange, 11}});
    TableColumns::keepWidthsAcrossResets(m_table);

    auto* heading = new QLabel(tr("Decision log"), this);
    heading->setObjectName(QStringLiteral("areaHeading"));
    auto* filters = new QHBoxLayout;
    filters->setSpacing(12);
    filters->addWidget(m_search, 3);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_count);
    filters->addStretch(1);
    filters->addWidget(m_reverse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(m_message);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCondition(ReviewRoles::Status, m_status->currentData());
        updateCount();
    });
    connect(m_reverse, &QPushButton::clicked, this, &DecisionLogView::reverseSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DecisionLogView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DecisionLogView::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DecisionLogView::updateCount);
    updateCount();
}

void DecisionLogView::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_message->hide();
    m_model->setWorkspace(workspace);
    updateCount();
}

void DecisionLogView::updateCount()
{
    m_count->setText(tr("%1 of %n decision(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    const QModelIndex current = m_table->currentIndex();
    const bool inForce = current.isValid() && current.data(ReviewRoles::Status).toInt() == int(DecisionStatus::InForce);
    m_reverse->setEnabled(inForce && m_workspace && !m_workspace->isReadOnly());
}

void DecisionLogView::reverseSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_workspace)
        return;
    QString error;
    auto command = DecisionCommands::reverse(*m_workspace, current.data(ReviewRoles::Id).toLongLong(), &error);
    if (!command) {
        m_message->showMessage(error, MessageBar::Kind::Warning);
        return;
    }
    m_workspace->undoStack()->push(command.release());
}

} // namespace accord
