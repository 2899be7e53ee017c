#pragma once

#include "scorecard/Scorecard.h"

namespace accord {

// One number of the board, with what is needed to show how it was made: the metric, the period and group of its
// cell, and the span and grouping the board was computed with.
struct LineageRequest
{
    Metric metric;
    ScorecardCell cell;
    QString group;
    MetricEvaluator::Grouping grouping;
    QDate from;
    QDate to;
};

} // namespace accord
