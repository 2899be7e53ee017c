#pragma once

#include "domain/Metric.h"
#include "domain/MetricVersion.h"

#include <QList>
#include <QString>

#include <functional>

namespace accord {

// The part of a metric that gives its numbers their meaning, and how two definitions differ.
namespace MetricDefinition {

struct FieldChange
{
    QString field; // translated label
    QString before;
    QString after;
};

// The metric's current definition as a version record (who and when are filled by the caller).
MetricVersion snapshot(const Metric& metric);
// What changed between two definitions, field by field, in display order; teamName turns an owner team's id into
// its name.
QList<FieldChange> diff(const MetricVersion& older, const MetricVersion& newer,
                        const std::function<QString(Id)>& teamName = {});
// Whether going from `before` to `after` changes what the metric means (not just its status or bookkeeping).
bool changesDefinition(const Metric& before, const Metric& after);

} // namespace MetricDefinition
} // namespace accord
