#include "Scorecard.h"

#include "dictionary/DefinitionChanges.h"
#include "domain/MetricValue.h"
#include "domain/Period.h"
#include "formula/FormulaParser.h"
#include "formula/FormulaVocabulary.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QMap>
#include <numeric>
#include <vector>

namespace accord {

std::optional<double> ScorecardRow::latest(const QString& unsettledPeriod) const
{
    for (auto it = cells.crbegin(); it != cells.crend(); ++it)
        if (it->value && (unsettledPeriod.isEmpty() || it->period != unsettledPeriod))
            return it->value;
    return std::nullopt;
}

std::optional<double> ScorecardRow::change() const
{
    std::optional<double> last;
    for (auto it = cells.crbegin(); it != cells.crend(); ++it) {
        if (!it->value)
            continue;
        if (!last)
            last = it->value;
        else
            return *last - *it->value;
    }
    return std::nullopt;
}

Rag ScorecardRow::status(const QString& unsettledPeriod) const
{
    return Scorecard::rag(metric, latest(unsettledPeriod));
}

namespace Scorecard {
namespace {

Period periodOf(MetricEvaluator::Granularity granularity, const QDate& day)
{
    return granularity == MetricEvaluator::Granularity::Quarter ? Period::quarter(day) : Period::month(day);
}

bool isManual(const Metric& metric)
{
    return metric.source == MetricSource::Manual || metric.formula.trimmed().isEmpty();
}

// Values entered by hand are kept per month; a quarter shows the mean of its months.
QList<ScorecardRow> manualRows(Workspace& workspace, const Metric& metric, const ScorecardOptions& options,
                               const QStringList& keys, QString* error)
{
    Filter filter;
    filter.where("metric_id", metric.id);
    QMap<QString, QList<double>> byPeriod;
    for (const MetricValue& v : workspace.repository<MetricValue>().list(filter, error)) {
        const auto month = Period::parse(v.period);
        if (month)
            byPeriod[periodOf(options.period, month->first).key].append(v.value);
    }
    ScorecardRow row{metric, QString(), {}};
    for (const QString& key : keys) {
        ScorecardCell cell{key, std::nullopt, 0, false};
        const QList<double> values = byPeriod.value(key);
        if (!values.isEmpty())
            cell.value = std::accumulate(values.cbegin(), values.cend(), 0.0) / values.size();
        row.cells.append(cell);
    }
    return {row};
}

QList<ScorecardRow> computedRows(const Metric& metric, const QList<MetricEvaluator::Point>& points,
                                 const QStringList& keys)
{
    // Groups in order of first appearance; each gets a cell for every period, empty where it had no records.
    QMap<QString, QHash<QString, MetricEvaluator::Point>> byGroup;
    for (const MetricEvaluator::Point& p : points)
        byGroup[p.group].insert(p.period, p);
    QList<ScorecardRow> rows;
    for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it) {
        ScorecardRow row{metric, it.key(), {}};
        for (const QString& key : keys) {
            const MetricEvaluator::Point p = it.value().value(key);
            row.cells.append({key, p.value, p.records, false});
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

Rag rag(const Metric& metric, std::optional<double> value)
{
    if (!value)
        return Rag::None;
    const bool higher = metric.direction == MetricDirection::HigherIsBetter;
    const auto atLeast = [higher](double v, double bound) { return higher ? v >= bound : v <= bound; };
    if (atLeast(*value, metric.target))
        return Rag::Green;
    if (atLeast(*value, metric.amberThreshold))
        return Rag::Amber;
    return Rag::Red;
}

QStringList periods(const ScorecardOptions& options)
{
    QStringList keys;
    if (!options.from.isValid() || !options.to.isValid())
        return keys;
    for (Period p = periodOf(options.period, options.from); p.first <= options.to;
         p = periodOf(options.period, p.last.addDays(1)))
        keys << p.key;
    return keys;
}

QList<ScorecardRow> build(Workspace& workspace, const ScorecardOptions& options, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    err->clear();
    const auto vocabulary = FormulaVocabulary::load(workspace.database(), err);
    if (!vocabulary)
        return {};
    const QStringList keys = periods(options);
    QList<Metric> metrics;
    for (const Metric& metric : workspace.repository<Metric>().list({}, err)) {
        // Values entered by hand are company-wide: they have no breakdown by source or owner.
        if ((options.metricIds.isEmpty() || options.metricIds.contains(metric.id)) &&
            !(isManual(metric) && options.dimension != MetricEvaluator::Dimension::None))
            metrics.append(metric);
    }
    if (!err->isEmpty())
        return {};

    // The computed metrics are evaluated together, so that records several of them read are read once.
    std::vector<Formula> formulas;
    QHash<Id, qsizetype> formulaOf;
    for (const Metric& metric : std::as_const(metrics)) {
        if (isManual(metric))
            continue;
        FormulaError formulaError;
        auto formula = FormulaParser::parse(metric.formula, *vocabulary, &formulaError);
        if (!formula) {
            *err = QCoreApplication::translate("accord::Scorecard", "The formula of “%1” cannot be read: %2")
                       .arg(metric.name, formulaError.message);
            return {};
        }
        formulaOf.insert(metric.id, qsizetype(formulas.size()));
        formulas.push_back(std::move(*formula));
    }
    QList<const Formula*> evaluated;
    for (const Formula& formula : formulas)
        evaluated.append(&formula);
    const QList<QList<MetricEvaluator::Point>> points = MetricEvaluator::evaluateAll(
        workspace.database(), evaluated, {options.period, options.dimension}, options.from, options.to, err);
    if (!err->isEmpty())
        return {};

    QList<ScorecardRow> rows;
    for (const Metric& metric : std::as_const(metrics)) {
        const auto formula = formulaOf.constFind(metric.id);
        QList<ScorecardRow> metricRows = formula == formulaOf.cend()
                                             ? manualRows(workspace, metric, options, keys, err)
                                             : computedRows(metric, points.value(*formula), keys);
        if (!err->isEmpty())
            return {};
        const QList<MetricVersion> history = DefinitionChanges::history(workspace, metric.id, err);
        for (ScorecardRow& row : metricRows) {
            for (ScorecardCell& cell : row.cells)
                cell.definitionChanged = !DefinitionChanges::within(history, *Period::parse(cell.period)).isEmpty();
            rows.append(row);
        }
    }
    return rows;
}

} // namespace Scorecard
} // namespace accord
