#pragma once

#include "AuditInfo.h"
#include "Enums.h"
#include "Id.h"

#include <QList>
#include <QString>

namespace accord {

// A metric dictionary entry: the one shared definition of a number.
struct Metric
{
    Id id = 0;
    QString code;
    QString name;
    QString definition;
    QString formula; // empty for metrics entered by hand
    QString unit;
    MetricDirection direction = MetricDirection::HigherIsBetter;
    double target = 0;
    double amberThreshold = 0;
    Id ownerTeamId = 0;
    QString sourceSystem;
    QList<Id> funnelStageIds;
    MetricSource source = MetricSource::Computed;
    MetricStatus status = MetricStatus::Draft;
    int version = 1;
    AuditInfo audit;

    bool operator==(const Metric&) const = default;
};

} // namespace accord
