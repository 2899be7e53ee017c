#include "DefinitionChanges.h"

#include "workspace/Workspace.h"

namespace accord::DefinitionChanges {

QList<MetricVersion> within(const QList<MetricVersion>& versions, const Period& period)
{
    QList<MetricVersion> changes;
    for (const MetricVersion& v : versions)
        if (v.version > 1 && v.changedAt.isValid() && period.contains(v.changedAt.toLocalTime().date()))
            changes.append(v);
    return changes;
}

QList<MetricVersion> history(Workspace& workspace, Id metricId, QString* error)
{
    Filter filter;
    filter.where("metric_id", metricId).order("version");
    return workspace.repository<MetricVersion>().list(filter, error);
}

bool changedWithin(Workspace& workspace, Id metricId, const Period& period)
{
    return !within(history(workspace, metricId), period).isEmpty();
}

} // namespace accord::DefinitionChanges
