#include "ScorecardSummaryModel.h"

#include "KpiNow.h"
#include "scorecard/ScorecardText.h"
#include "workspace/Clock.h"
#include "workspace/Workspace.h"

namespace accord {

ScorecardSummaryModel::ScorecardSummaryModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScorecardSummaryModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::tablesChanged, this, [this](const QSet<QString>& tables) {
            static const QSet<QString> watched{QStringLiteral("metrics"), QStringLiteral("metric_versions"),
                                               QStringLiteral("metric_values"), QStringLiteral("crm_records"),
                                               QStringLiteral("funnel_stages")};
            if (tables.intersects(watched))
                reload();
        });
    reload();
}

void ScorecardSummaryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_month.clear();
    if (m_workspace) {
        m_month = KpiNow::lastMonthName(m_workspace->clock().today());
        QString error;
        const QList<ScorecardRow> rows =
            Scorecard::build(*m_workspace, KpiNow::lastMonths(m_workspace->clock().today(), {}), &error);
        // A metric nobody has measured yet says nothing to the room.
        for (const ScorecardRow& row : rows)
            if (row.latest())
                m_rows.append(row);
        if (!error.isEmpty())
            m_workspace->reportError(error);
    }
    endResetModel();
}

int ScorecardSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScorecardSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const ScorecardRow& row = m_rows.at(index.row());
    switch (index.column()) {
    case Metric:
        return row.metric.name;
    case Now:
        return KpiNow::text(row);
    case Target:
        return targetText(row);
    case Status:
        // Written out, so the status never rests on telling red from green.
        switch (row.status()) {
        case Rag::Green:
            return tr("On target");
        case Rag::Amber:
            return tr("Near target");
        case Rag::Red:
            return tr("Off target");
        case Rag::None:
            return QString();
        }
    }
    return {};
}

QVariant ScorecardSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Metric:
        return tr("Metric");
    case Now:
        return m_month.isEmpty() ? tr("Now") : m_month;
    case Target:
        return tr("Target");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

QString ScorecardSummaryModel::targetText(const ScorecardRow& row) const
{
    const QString withUnit = ScorecardText::value(row.metric, row.metric.target);
    return row.metric.direction == MetricDirection::HigherIsBetter ? tr("at least %1").arg(withUnit)
                                                                   : tr("at most %1").arg(withUnit);
}

} // namespace accord
