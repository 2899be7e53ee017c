#pragma once

#include "Enums.h"
#include "Id.h"

#include <QDateTime>
#include <QString>

namespace accord {

// A past or current definition of a metric, kept so that every number can name the definition it used.
struct MetricVersion
{
    Id id = 0;
    Id metricId = 0;
    int version = 1;
    QString name;
    QString definition;
    QString formula;
    QString unit;
    MetricDirection direction = MetricDirection::HigherIsBetter;
    double target = 0;
    double amberThreshold = 0;
    Id ownerTeamId = 0;
    Id decisionId = 0; // the decision that approved this version; 0 for the first one
    QString reason;
    QDateTime changedAt;
    QString changedBy;

    bool operator==(const MetricVersion&) const = default;
};

} // namespace accord
