#include "CaseListModel.h"

#include "common/Money.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QPalette>

namespace accord {
namespace {

// Titles longer than this are likely cut off by the column; the tooltip shows them whole.
constexpr int LongTitle = 40;

} // namespace

CaseListModel::CaseListModel(QObject* parent) : QAbstractTableModel(parent) {}

void CaseListModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::tablesChanged, this, &CaseListModel::onTablesChanged);
    reload();
}

void CaseListModel::setFilter(const CaseFilter& filter)
{
    m_filter = filter;
    reload();
}

std::optional<CaseSummary> CaseListModel::caseAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

std::optional<CaseFilter::SortKey> CaseListModel::sortKeyFor(int column)
{
    switch (column) {
    case Title:
        return CaseFilter::SortKey::Title;
    case Stage:
        return CaseFilter::SortKey::Stage;
    case FrictionType:
        return CaseFilter::SortKey::FrictionType;
    case Severity:
        return CaseFilter::SortKey::Severity;
    case RevenueAtRisk:
        return CaseFilter::SortKey::RevenueAtRisk;
    case Updated:
        return CaseFilter::SortKey::Updated;
    default:
        return std::nullopt;
    }
}

int CaseListModel::columnFor(CaseFilter::SortKey key)
{
    for (int column = 0; column < ColumnCount; ++column)
        if (sortKeyFor(column) == key)
            return column;
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Title && row.title.size() > LongTitle)
            return row.title;
        if (index.column() == Teams && row.teams.size() > 2)
            return row.teams.join(QLatin1Char('\n'));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RevenueAtRisk)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (row.archived)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case CaseIdRole:
        return row.id;
    case ArchivedRole:
        return row.archived;
    default:
        return {};
    }
}

QVariant CaseListModel::display(const CaseSummary& row, int column) const
{
    switch (column) {
    case Title:
        return row.archived ? tr("%1 (archived)").arg(row.title) : row.title;
    case Stage:
        return row.status == CaseStatus::Closed ? tr("%1 · closed").arg(displayName(row.stage))
                                                : displayName(row.stage);
    case FrictionType:
        return row.frictionType;
    case Teams:
        return row.teams.join(QStringLiteral(", "));
    case Severity:
        return severityName(row.severity);
    case RevenueAtRisk:
        return row.revenueAtRisk ? formatMoney(row.revenueAtRisk, m_currency) : QString();
    case DecisionOwner:
        return row.decisionOwner;
    case Updated:
        return QLocale().toString(row.updatedAt.toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // Short titles leave the case title room on a projector; the tooltip says what each column holds.
    const bool full = role == Qt::ToolTipRole;
    switch (section) {
    case Title:
        return tr("Title");
    case Stage:
        return full ? tr("Playbook stage") : tr("Stage");
    case FrictionType:
        return full ? tr("Friction type") : tr("Type");
    case Teams:
        return full ? tr("Teams involved") : tr("Teams");
    case Severity:
        return tr("Severity");
    case RevenueAtRisk:
        return full ? tr("Revenue at risk") : tr("At risk");
    case DecisionOwner:
        return full ? tr("Decision owner") : tr("Owner");
    case Updated:
        return full ? tr("Last changed") : tr("Updated");
    default:
        return {};
    }
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<CaseSummary> more = read(int(m_rows.size()), WindowSize);
    if (more.isEmpty()) {
        // The file changed under us (another reader's count was higher); stop asking for rows that are not there.
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyFor(column);
    if (!key)
        return;
    m_filter.sortKey = *key;
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

void CaseListModel::reload()
{
    // Keep as many rows as were already read, so that a change elsewhere does not throw the reader back to the top.
    const int keep = std::max(WindowSize, int(m_rows.size()));
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_workspace) {
        m_currency = m_workspace->info(QStringLiteral("currency"));
        QString error;
        m_total = std::max(0, CaseListQuery::count(m_workspace->database(), m_filter, &error));
        if (error.isEmpty())
            m_rows = read(0, keep);
        else
            m_workspace->reportError(error);
    }
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
}

QList<CaseSummary> CaseListModel::read(int offset, int limit)
{
    QString error;
    QList<CaseSummary> rows = CaseListQuery::fetch(m_workspace->database(), m_filter, offset, limit, &error);
    if (!error.isEmpty())
        m_workspace->reportError(error);
    return rows;
}

void CaseListModel::onTablesChanged(const QSet<QString>& tables)
{
    static const QSet<QString> shown{QStringLiteral("cases"),         QStringLiteral("case_teams"),
                                     QStringLiteral("decisions"),     QStringLiteral("people"),
                                     QStringLiteral("teams"),         QStringLiteral("friction_types"),
                                     QStringLiteral("workspace_info")};
    if (tables.intersects(shown))
        reload();
}

} // namespace accord
