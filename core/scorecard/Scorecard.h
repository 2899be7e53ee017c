#pragma once

#include "domain/Metric.h"
#include "storage/MetricEvaluator.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace accord {

class Workspace;

// Red, amber or green against a metric's target and amber threshold, in the metric's direction.
enum class Rag { None, Red, Amber, Green };

struct ScorecardCell
{
    QString period;
    std::optional<double> value;
    qint64 records = 0;             // CRM records the value was computed from (0 for values entered by hand)
    bool definitionChanged = false; // the metric's definition changed within this period
};

struct ScorecardRow
{
    Metric metric;
    QString group; // the source, segment, owner or team; empty for the whole company
    QList<ScorecardCell> cells;

    // The value of the latest period that has one, and how it moved against the one before. A period named
    // unsettled (the one in progress, whose rates have not settled yet) is passed over.
    std::optional<double> latest(const QString& unsettledPeriod = QString()) const;
    std::optional<double> change() const;
    // Red, amber or green by that latest value.
    Rag status(const QString& unsettledPeriod = QString()) const;
};

struct ScorecardOptions
{
    MetricEvaluator::Granularity period = MetricEvaluator::Granularity::Month;
    MetricEvaluator::Dimension dimension = MetricEvaluator::Dimension::None;
    QDate from;
    QDate to;
    QList<Id> metricIds; // empty: every metric of the dictionary
};

// The one shared board: every metric computed from its dictionary formula over the imported records, or taken
// from the values entered by hand for metrics no CRM holds.
namespace Scorecard {

Rag rag(const Metric& metric, std::optional<double> value);
// The periods the options span, oldest first ("2026-01" … or "2026-Q1" …).
QStringList periods(const ScorecardOptions& options);
QList<ScorecardRow> build(Workspace& workspace, const ScorecardOptions& options, QString* error);

} // namespace Scorecard
} // namespace accord
