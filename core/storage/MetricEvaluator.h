#pragma once

#include "formula/Formula.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace accord {

class Database;

// Computes a formula over the imported CRM records, per period and optionally per source, segment, owner or team.
// Every aggregate runs in SQL; only medians and percentiles read their group's sorted values, one group at a time.
class MetricEvaluator
{
public:
    enum class Granularity { Whole, Month, Quarter };
    enum class Dimension { None, Source, Segment, Owner, Team };

    struct Grouping
    {
        Granularity period = Granularity::Month;
        Dimension dimension = Dimension::None;
    };

    struct Point
    {
        QString period;              // "2026-05", "2026-Q2", or empty for Granularity::Whole
        QString group;               // the source, segment, owner or team; empty without a dimension
        std::optional<double> value; // none when a division by zero or an aggregate over no records leaves none
        qint64 records = 0;          // the distinct records the point read
    };

    // One point per period from `from` to `to` (each day inclusive, UTC) and per group that has records; a period
    // without records still has its point, with counts and sums of zero and no ratio.
    static QList<Point> evaluate(const Database& db, const Formula& formula, const Grouping& grouping, QDate from,
                                 QDate to, QString* error);
    // The points of several formulas at once, in their order: the records their aggregates share a kind and an
    // anchor time for are read in one pass, so a whole scorecard reads each such set of records once.
    static QList<QList<Point>> evaluateAll(const Database& db, const QList<const Formula*>& formulas,
                                           const Grouping& grouping, QDate from, QDate to, QString* error);
    // The external ids of the records a point read, for showing how a number was made.
    static QStringList records(const Database& db, const Formula& formula, const Grouping& grouping, const Point& point,
                               QDate from, QDate to, QString* error);
};

} // namespace accord
