#include "Catalog.h"

#include "Defaults.h"
#include "domain/MetricVersion.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace accord::Catalog {
namespace {

// Inserts the rows in order and gives each its new id.
template <typename T> bool insertAll(Workspace& workspace, QList<T>& rows, QString* error)
{
    auto repository = workspace.repository<T>();
    for (T& row : rows) {
        if (!repository.insert(row, error))
            return false;
    }
    return true;
}

// Inserts default rows and, when asked, notes their ids by code for the rows inserted after them.
template <typename T>
bool insertDefaults(Workspace& workspace, QList<T> rows, QString* error, QHash<QString, Id>* codeIds = nullptr)
{
    if (!insertAll(workspace, rows, error))
        return false;
    // Only rows with a code can be referred to; SLAs have none.
    if constexpr (requires(const T& row) { row.code; }) {
        if (codeIds)
            *codeIds = idsByCode(rows);
    }
    return true;
}

// A metric's history starts with the definition it was created with, so a number computed before any change can
// still name the definition it used.
bool insertMetrics(Workspace& workspace, QList<Metric> metrics, QHash<QString, Id>* codeIds, QString* error)
{
    if (!insertAll(workspace, metrics, error))
        return false;
    *codeIds = idsByCode(metrics);
    QList<MetricVersion> versions;
    for (const Metric& metric : std::as_const(metrics)) {
        MetricVersion version;
        version.metricId = metric.id;
        version.version = metric.version;
        version.name = metric.name;
        version.definition = metric.definition;
        version.formula = metric.formula;
        version.unit = metric.unit;
        version.direction = metric.direction;
        version.target = metric.target;
        version.amberThreshold = metric.amberThreshold;
        version.ownerTeamId = metric.ownerTeamId;
        version.reason = QCoreApplication::translate("accord::Catalog", "Built-in definition");
        version.changedAt = workspace.clock().now();
        // The built-in definitions are Accord's, not those of whoever happened to create the workspace.
        version.changedBy = QCoreApplication::translate("accord::Catalog", "Accord");
        versions.append(version);
    }
    return insertAll(workspace, versions, error);
}

bool allResolved(const QStringList& unresolved, QString* error)
{
    if (unresolved.isEmpty())
        return true;
    if (error)
        *error = QCoreApplication::translate("accord::Catalog", "The built-in catalogue refers to unknown codes: %1.")
                     .arg(unresolved.join(QStringLiteral(", ")));
    return false;
}

} // namespace

bool seed(Workspace& workspace, QString* error)
{
    // Each list may only refer to the lists inserted before it.
    CodeIds ids;
    QStringList unresolved;
    return workspace.setInfo(QStringLiteral("currency"), QStringLiteral("USD"), error) &&
           insertDefaults(workspace, defaultTeams(), error, &ids.teams) &&
           insertDefaults(workspace, defaultRootCauseCategories(), error, &ids.rootCauses) &&
           insertDefaults(workspace, defaultDataTrustSignals(), error) &&
           insertDefaults(workspace, defaultFunnelStages(ids, &unresolved), error, &ids.funnelStages) &&
           insertMetrics(workspace, defaultMetrics(ids, &unresolved), &ids.metrics, error) &&
           insertDefaults(workspace, defaultSharedOutcomes(ids, &unresolved), error) &&
           insertDefaults(workspace, defaultFrictionTypes(ids, &unresolved), error, &ids.frictionTypes) &&
           insertDefaults(workspace, defaultConflictPatterns(ids, &unresolved), error) &&
           insertDefaults(workspace, defaultSlas(ids, &unresolved), error) &&
           insertDefaults(workspace, defaultRejectReasons(), error) &&
           insertDefaults(workspace, defaultOperatingRhythms(), error) &&
           insertDefaults(workspace, defaultAlignmentAreas(), error) && allResolved(unresolved, error);
}

} // namespace accord::Catalog
