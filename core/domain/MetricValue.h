#pragma once

#include "Id.h"

#include <QDateTime>
#include <QString>

namespace accord {

// A value entered by hand for a metric that no CRM holds, for one period ("2026-05" or "2026-Q2").
struct MetricValue
{
    Id id = 0;
    Id metricId = 0;
    QString period;
    double value = 0;
    QString note;
    QDateTime enteredAt;
    QString enteredBy;

    bool operator==(const MetricValue&) const = default;
};

} // namespace accord
