#include "VersionHistoryModel.h"

#include "dictionary/DefinitionChanges.h"
#include "domain/Decision.h"
#include "workspace/Workspace.h"

#include <QLocale>

namespace accord {

VersionHistoryModel::VersionHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

bool VersionHistoryModel::load(Workspace* workspace, Id metricId, QString* error)
{
    QList<MetricVersion> versions;
    QHash<Id, QString> decisions;
    if (workspace && metricId) {
        versions = DefinitionChanges::history(*workspace, metricId, error);
        for (const MetricVersion& version : std::as_const(versions))
            if (version.decisionId)
                if (const auto decision = workspace->repository<accord::Decision>().find(version.decisionId, error))
                    decisions.insert(decision->id, decision->text);
    }
    beginResetModel();
    m_versions = versions;
    m_decisions = decisions;
    endResetModel();
    return !error || error->isEmpty();
}

int VersionHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int VersionHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MetricVersion& version = m_versions.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Version:
            return tr("v%1").arg(version.version);
        case When:
            return QLocale().toString(version.changedAt.toLocalTime(), QLocale::ShortFormat);
        case Who:
            return version.changedBy;
        case Decision:
            if (version.decisionId)
                return m_decisions.value(version.decisionId, tr("(decision deleted)"));
            return role == Qt::ToolTipRole ? tr("The first version needs no decision.") : QString();
        case Reason:
            return version.reason;
        default:
            return {};
        }
    }
    if (role == Qt::UserRole)
        return version.version;
    return {};
}

QVariant VersionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Version:
        return tr("Version");
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Decision:
        return tr("Decision");
    case Reason:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace accord
