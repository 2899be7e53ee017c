#include "MetricListModel.h"

#include "LockIcon.h"
#include "dictionary/DefinitionChanges.h"
#include "domain/MetricVersion.h"
#include "domain/Period.h"
#include "domain/Team.h"
#include "workspace/Workspace.h"

#include <QColor>
#include <QLocale>

namespace accord {

MetricListModel::MetricListModel(QObject* parent) : QAbstractTableModel(parent) {}

void MetricListModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::tablesChanged, this, [this](const QSet<QString>& tables) {
            static const QSet<QString> watched{QStringLiteral("metrics"), QStringLiteral("metric_versions"),
                                               QStringLiteral("teams")};
            if (tables.intersects(watched))
                reload();
        });
    reload();
}

void MetricListModel::setSearchText(const QString& text)
{
    if (text.simplified() == m_search)
        return;
    m_search = text.simplified();
    reload();
}

std::optional<Metric> MetricListModel::metricAt(int row) const
{
    if (row < 0 || row >= m_metrics.size())
        return std::nullopt;
    return m_metrics.at(row);
}

int MetricListModel::rowOf(Id id) const
{
    for (int row = 0; row < m_metrics.size(); ++row)
        if (m_metrics.at(row).id == id)
            return row;
    return -1;
}

int MetricListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.size());
}

int MetricListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Metric& metric = m_metrics.at(index.row());
    const QDate changed = m_changedOn.value(metric.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return metric.name;
        case Owner:
            return m_teamNames.value(metric.ownerTeamId);
        case Unit:
            return metric.unit;
        case Status:
            return displayName(metric.status);
        case Version:
            return metric.version;
        case Source:
            // The list has room for a word; the editor says where the numbers come from in full.
            return metric.source == MetricSource::Manual ? tr("By hand") : tr("Computed");
        case Changed:
            return changed.isValid()
                       ? tr("Definition changed %1").arg(QLocale().toString(changed, QLocale::ShortFormat))
                       : QString();
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Status && metric.status == MetricStatus::Frozen)
            return lockIcon();
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return metric.definition;
        case Status:
            return metric.status == MetricStatus::Frozen
                       ? tr("Frozen: the definition changes only through a new version approved by a decision.")
                       : tr("Draft: the definition can still be edited in place.");
        case Changed:
            return changed.isValid() ? tr("The definition changed this month: numbers before and after %1 were "
                                          "computed differently.")
                                           .arg(QLocale().toString(changed, QLocale::LongFormat))
                                     : QString();
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (index.column() == Changed && changed.isValid())
            return QColor(0xfd, 0xf0, 0xd5);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Changed && changed.isValid())
            return QColor(0x7a, 0x4b, 0x00);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Version)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return metric.id;
    case ChangedOnRole:
        return changed;
    default:
        return {};
    }
}

QVariant MetricListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Metric");
    case Owner:
        return tr("Owner");
    case Unit:
        return tr("Unit");
    case Status:
        return tr("Status");
    case Version:
        return tr("Version");
    case Source:
        return tr("Source");
    case Changed:
        return tr("This month");
    default:
        return {};
    }
}

void MetricListModel::reload()
{
    QList<Metric> metrics;
    m_teamNames.clear();
    m_changedOn.clear();
    if (m_workspace) {
        QString error;
        for (const Team& team : m_workspace->repository<Team>().list({}, &error))
            m_teamNames.insert(team.id, team.name);
        QHash<Id, QList<MetricVersion>> versions;
        for (const MetricVersion& version : m_workspace->repository<MetricVersion>().list({}, &error))
            versions[version.metricId].append(version);
        const Period month = Period::month(m_workspace->clock().today());
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            const QList<MetricVersion> changes = DefinitionChanges::within(*it, month);
            for (const MetricVersion& change : changes) {
                const QDate day = change.changedAt.toLocalTime().date();
                if (day > m_changedOn.value(it.key()))
                    m_changedOn.insert(it.key(), day);
            }
        }
        for (const Metric& metric : m_workspace->repository<Metric>().list({}, &error))
            if (matches(metric))
                metrics.append(metric);
        if (!error.isEmpty())
            m_workspace->reportError(error);
    }
    bool sameRows = metrics.size() == m_metrics.size();
    for (qsizetype i = 0; sameRows && i < metrics.size(); ++i)
        sameRows = metrics.at(i).id == m_metrics.at(i).id;
    if (sameRows) {
        // The same metrics in the same places: repaint them and leave the selection alone.
        m_metrics = metrics;
        if (!m_metrics.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_metrics.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_metrics = metrics;
    endResetModel();
}

bool MetricListModel::matches(const Metric& metric) const
{
    const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words)
        if (!metric.name.contains(word, Qt::CaseInsensitive) && !metric.definition.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace accord
