#include "FrictionTypesModel.h"

#include "KpiNow.h"
#include "catalog/Defaults.h"
#include "domain/Metric.h"
#include "storage/HeatMapQuery.h"
#include "workspace/Clock.h"

namespace accord {

FrictionTypesModel::FrictionTypesModel(QObject* parent) : CatalogTableModel<FrictionType>(parent) {}

int FrictionTypesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FrictionTypesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FrictionType& type = records().at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (const TextField field = fieldOf(column))
            return type.*field;
        switch (column) {
        case Kpi:
            return m_metricNames.value(type.kpiMetricId);
        case KpiValue:
            return m_kpis.contains(type.kpiMetricId) ? KpiNow::text(m_kpis.value(type.kpiMetricId)) : QString();
        case OpenCases:
            return m_openCases.value(type.id);
        default:
            return {};
        }
    }
    if (column == KpiValue && m_kpis.contains(type.kpiMetricId)) {
        const ScorecardRow& kpi = m_kpis[type.kpiMetricId];
        const QString changedIn = KpiNow::definitionChangedIn(kpi);
        const bool changed = !changedIn.isEmpty();
        if (role == TrendRole) {
            const auto trend = KpiNow::trend(kpi);
            return trend ? QVariant(*trend) : QVariant();
        }
        if (role == DefinitionChangedRole)
            return changed;
        if (role == Qt::ToolTipRole && changed)
            return tr("The definition of %1 changed in %2: the latest value is not comparable with the ones before.")
                .arg(kpi.metric.name, changedIn);
    }
    if (role == Qt::TextAlignmentRole && column == OpenCases)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FrictionTypesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Friction type");
    case LooksLike:
        return tr("What it looks like");
    case RootCause:
        return tr("Likely root cause");
    case Mechanism:
        return tr("Resolution mechanism");
    case Kpi:
        return tr("Primary KPI");
    case KpiValue:
        return tr("KPI now");
    case OpenCases:
        return tr("Open cases");
    default:
        return {};
    }
}

Qt::ItemFlags FrictionTypesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable() && fieldOf(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool FrictionTypesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const TextField field = fieldOf(index.column());
    if (!field)
        return false;
    return setText(index.row(), field, value,
                   tr("Edit “%1” of friction type “%2”")
                       .arg(headerData(index.column(), Qt::Horizontal).toString(), records().at(index.row()).name));
}

int FrictionTypesModel::restoreDefaults()
{
    // Only the texts are put back, so the catalogue's references need not resolve against this workspace.
    return CatalogTableModel::restoreDefaults(
        Catalog::defaultFrictionTypes({}),
        {&FrictionType::name, &FrictionType::looksLike, &FrictionType::rootCause, &FrictionType::mechanism},
        tr("Restore the built-in friction types"));
}

QSet<QString> FrictionTypesModel::watchedTables() const
{
    return {QStringLiteral("friction_types"), QStringLiteral("metrics"),     QStringLiteral("metric_versions"),
            QStringLiteral("metric_values"),  QStringLiteral("crm_records"), QStringLiteral("cases")};
}

void FrictionTypesModel::loadLookups(Workspace& workspace)
{
    m_metricNames.clear();
    m_openCases.clear();
    m_kpis.clear();
    QString error;
    for (const Metric& metric : workspace.repository<Metric>().list({}, &error))
        m_metricNames.insert(metric.id, metric.name);
    for (const TypeCount& count : HeatMapQuery::openCasesByType(workspace.database(), &error))
        m_openCases.insert(count.frictionTypeId, count.openCases);

    QList<Id> kpis;
    for (const FrictionType& type : workspace.repository<FrictionType>().list({}, &error))
        if (type.kpiMetricId != 0 && !kpis.contains(type.kpiMetricId))
            kpis.append(type.kpiMetricId);
    if (!kpis.isEmpty())
        for (const ScorecardRow& row :
             Scorecard::build(workspace, KpiNow::lastMonths(workspace.clock().today(), kpis), &error))
            m_kpis.insert(row.metric.id, row);
    if (!error.isEmpty())
        workspace.reportError(error);
}

FrictionTypesModel::TextField FrictionTypesModel::fieldOf(int column)
{
    switch (column) {
    case Name:
        return &FrictionType::name;
    case LooksLike:
        return &FrictionType::looksLike;
    case RootCause:
        return &FrictionType::rootCause;
    case Mechanism:
        return &FrictionType::mechanism;
    default:
        return nullptr;
    }
}

} // namespace accord
