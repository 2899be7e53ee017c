#pragma once

#include "domain/MetricVersion.h"
#include "domain/Period.h"

#include <QList>

namespace accord {

class Workspace;

// Whether a metric's meaning changed inside a period, so that no one compares numbers across a definition change
// without knowing: every place that shows a metric's values marks it "definition changed" when this says so.
namespace DefinitionChanges {

// The versions (after the first) that took effect within the period.
QList<MetricVersion> within(const QList<MetricVersion>& versions, const Period& period);
// The metric's history, oldest first.
QList<MetricVersion> history(Workspace& workspace, Id metricId, QString* error = nullptr);
bool changedWithin(Workspace& workspace, Id metricId, const Period& period);

} // namespace DefinitionChanges
} // namespace accord
