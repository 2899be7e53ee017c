#include "ConflictPatternsModel.h"

#include "catalog/Defaults.h"
#include "domain/Metric.h"

namespace accord {

ConflictPatternsModel::ConflictPatternsModel(QObject* parent) : CatalogTableModel<ConflictPattern>(parent) {}

int ConflictPatternsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictPatternsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const ConflictPattern& pattern = records().at(index.row());
    if (const TextField field = fieldOf(index.column()))
        return pattern.*field;
    if (index.column() == Kpis) {
        QStringList names;
        for (Id id : pattern.kpiMetricIds)
            names << m_metricNames.value(id);
        return names.join(tr(", "));
    }
    return {};
}

QVariant ConflictPatternsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Complaint:
        return tr("Complaint");
    case RevopsEnables:
        return tr("RevOps enables");
    case Artifact:
        return tr("Policy or artifact");
    case Kpis:
        return tr("KPIs");
    case QuickFix:
        return tr("Quick fix");
    default:
        return {};
    }
}

Qt::ItemFlags ConflictPatternsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable() && fieldOf(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ConflictPatternsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const TextField field = fieldOf(index.column());
    if (!field)
        return false;
    return setText(
        index.row(), field, value,
        tr("Edit “%1” of the pattern “%2”")
            .arg(headerData(index.column(), Qt::Horizontal).toString(), records().at(index.row()).complaint));
}

int ConflictPatternsModel::restoreDefaults()
{
    // Only the texts are put back, so the catalogue's references need not resolve against this workspace.
    return CatalogTableModel::restoreDefaults(Catalog::defaultConflictPatterns({}),
                                              {&ConflictPattern::complaint, &ConflictPattern::revopsEnables,
                                               &ConflictPattern::artifact, &ConflictPattern::quickFix},
                                              tr("Restore the built-in conflict patterns"));
}

QSet<QString> ConflictPatternsModel::watchedTables() const
{
    return {QStringLiteral("conflict_patterns"), QStringLiteral("metrics")};
}

void ConflictPatternsModel::loadLookups(Workspace& workspace)
{
    m_metricNames.clear();
    QString error;
    for (const Metric& metric : workspace.repository<Metric>().list({}, &error))
        m_metricNames.insert(metric.id, metric.name);
    if (!error.isEmpty())
        workspace.reportError(error);
}

ConflictPatternsModel::TextField ConflictPatternsModel::fieldOf(int column)
{
    switch (column) {
    case Complaint:
        return &ConflictPattern::complaint;
    case RevopsEnables:
        return &ConflictPattern::revopsEnables;
    case Artifact:
        return &ConflictPattern::artifact;
    case QuickFix:
        return &ConflictPattern::quickFix;
    default:
        return nullptr;
    }
}

} // namespace accord
