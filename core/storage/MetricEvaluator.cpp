#include "MetricEvaluator.h"

#include "Database.h"
#include "FormulaSql.h"
#include "SqlDialect.h"
#include "SqlQuery.h"
#include "SqlValue.h"

#include <QHash>
#include <array>
#include <cmath>
#include <set>
#include <vector>

namespace accord {
namespace {

using Kind = FormulaExpression::Kind;
using Fragment = FormulaSql::Fragment;
using Key = std::pair<QString, QString>; // period, group

// The records that share a kind and an anchor are read in one pass, each aggregate a column of it, whichever
// of the formulas evaluated together it belongs to.
struct Scan
{
    RecordKind kind;
    QString anchor;
    QList<const FormulaExpression*> aggregates;
    QList<qsizetype> formulas; // the formula of each aggregate
};

// What is known of one formula: its points' values come from the shared scans, its record counts and groups
// from its own share of them.
struct FormulaState
{
    const FormulaExpression* root = nullptr;
    bool shared = false; // two of its scans may read the same record
    QHash<Key, qint64> records;
    std::set<QString> groups;
};

QString periodKey(QDate day, MetricEvaluator::Granularity granularity)
{
    // The same keys as accord::Period and as SqlDialect::monthKey / quarterKey.
    if (granularity == MetricEvaluator::Granularity::Month)
        return day.toString(QStringLiteral("yyyy-MM"));
    return QStringLiteral("%1-Q%2").arg(day.year()).arg((day.month() + 2) / 3);
}

QStringList periodKeys(QDate from, QDate to, MetricEvaluator::Granularity granularity)
{
    if (granularity == MetricEvaluator::Granularity::Whole)
        return {QString()};
    QStringList keys;
    const int step = granularity == MetricEvaluator::Granularity::Month ? 1 : 3;
    QDate first(from.year(),
                granularity == MetricEvaluator::Granularity::Month ? from.month() : (from.month() - 1) / 3 * 3 + 1, 1);
    for (QDate day = first; day <= to; day = day.addMonths(step))
        keys << periodKey(day, granularity);
    return keys;
}

QString dimensionColumn(MetricEvaluator::Dimension dimension)
{
    switch (dimension) {
    case MetricEvaluator::Dimension::Source:
        return QStringLiteral("source");
    case MetricEvaluator::Dimension::Segment:
        return QStringLiteral("segment");
    case MetricEvaluator::Dimension::Owner:
        return QStringLiteral("owner");
    case MetricEvaluator::Dimension::Team:
        return QStringLiteral("team");
    case MetricEvaluator::Dimension::None:
        break;
    }
    return QStringLiteral("''");
}

bool overlaps(RecordKind a, RecordKind b)
{
    return a == b || a == RecordKind::Records || b == RecordKind::Records;
}

// Linear interpolation between the closest ranks, as spreadsheets' PERCENTILE.INC does; the median is rank 50.
double percentileOf(const std::vector<double>& sorted, double rank)
{
    const double position = rank / 100 * double(sorted.size() - 1);
    const auto below = std::size_t(std::floor(position));
    const auto above = std::size_t(std::ceil(position));
    return sorted[below] + (sorted[above] - sorted[below]) * (position - double(below));
}

void bindAll(SqlQuery& query, const QVariantList& binds)
{
    for (const QVariant& value : binds)
        query.bind(value);
}

class Evaluation
{
public:
    Evaluation(const Database& db, const QList<const Formula*>& formulas, const MetricEvaluator::Grouping& grouping,
               QDate from, QDate to)
        : m_db(db), m_grouping(grouping), m_from(from), m_to(to)
    {
        for (const Formula* formula : formulas) {
            m_formulas.push_back({&formula->root, false, {}, {}});
            collect(formula->root, qsizetype(m_formulas.size() - 1));
        }
    }

    bool run(QString* error);
    QList<MetricEvaluator::Point> points(qsizetype formula) const;
    QStringList records(const MetricEvaluator::Point& point, QString* error);

private:
    void collect(const FormulaExpression& node, qsizetype formula);
    QString periodSql(const QString& anchor);
    QString groupSql() const { return dimensionColumn(m_grouping.dimension); }
    Fragment where(const FormulaRecordSet& set) { return set.where ? m_sql.condition(*set.where) : Fragment(); }
    Fragment anyOf(const Scan& scan, qsizetype formula);
    Fragment population(const Scan& scan, qsizetype formula = -1);
    bool runScan(const Scan& scan, QString* error);
    bool runPercentile(const FormulaExpression& node, QString* error);
    bool countDistinctRecords(qsizetype formula, QString* error);
    bool holdsRecords(RecordKind kind, bool* holds, QString* error);
    bool compiled(QString* error) const;
    std::optional<double> value(const FormulaExpression& node, const Key& key) const;

    const Database& m_db;
    MetricEvaluator::Grouping m_grouping;
    QDate m_from;
    QDate m_to;
    FormulaSql m_sql;
    std::vector<FormulaState> m_formulas;
    std::vector<Scan> m_scans;
    QHash<const FormulaExpression*, QHash<Key, std::optional<double>>> m_values;
    std::array<std::optional<bool>, 3> m_kindsHeld; // by RecordKind, once asked
};

void Evaluation::collect(const FormulaExpression& node, qsizetype formula)
{
    for (const FormulaExpression& operand : node.operands)
        collect(operand, formula);
    if (!node.isAggregate())
        return;
    for (Scan& scan : m_scans) {
        if (scan.kind == node.records.kind && scan.anchor == node.records.anchor) {
            scan.aggregates << &node;
            scan.formulas << formula;
            return;
        }
    }
    m_scans.push_back({node.records.kind, node.records.anchor, {&node}, {formula}});
}

QString Evaluation::periodSql(const QString& anchor)
{
    switch (m_grouping.period) {
    case MetricEvaluator::Granularity::Month:
        return SqlDialect::monthKey(m_sql.field(anchor));
    case MetricEvaluator::Granularity::Quarter:
        return SqlDialect::quarterKey(m_sql.field(anchor));
    case MetricEvaluator::Granularity::Whole:
        break;
    }
    return QStringLiteral("''");
}

// The condition that at least one set of the scan's aggregates (of one formula, or of all when formula is -1)
// holds; empty when one of them reads every record of the scan.
Fragment Evaluation::anyOf(const Scan& scan, qsizetype formula)
{
    Fragment any;
    for (qsizetype i = 0; i < scan.aggregates.size(); ++i) {
        if (formula >= 0 && scan.formulas[i] != formula)
            continue;
        if (!scan.aggregates[i]->records.where)
            return {};
        any.append(any.isEmpty() ? QStringLiteral("(") : QStringLiteral(" OR "))
            .append(where(scan.aggregates[i]->records));
    }
    return any.isEmpty() ? any : any.append(QStringLiteral(")"));
}

// The records the scan's aggregates read: its kind in the date range, meeting at least one set's condition.
Fragment Evaluation::population(const Scan& scan, qsizetype formula)
{
    Fragment result = m_sql.inRange(scan.kind, scan.anchor, m_from, m_to);
    const Fragment any = anyOf(scan, formula);
    return any.isEmpty() ? result : result.append(QStringLiteral(" AND ")).append(any);
}

bool Evaluation::compiled(QString* error) const
{
    if (m_sql.ok())
        return true;
    if (error)
        *error = m_sql.error();
    return false;
}

bool Evaluation::runScan(const Scan& scan, QString* error)
{
    // Each formula that reads the scan counts its own records in it, for the records behind its points.
    Fragment columns;
    QList<qsizetype> counted;
    for (const qsizetype formula : scan.formulas) {
        if (counted.contains(formula))
            continue;
        counted << formula;
        const Fragment any = anyOf(scan, formula);
        if (any.isEmpty())
            columns.append(QStringLiteral(", COUNT(*)"));
        else
            columns.append(QStringLiteral(", COUNT(CASE WHEN ")).append(any).append(QStringLiteral(" THEN 1 END)"));
    }
    // Each count, sum and average is a conditional aggregate over the scan's population; a share needs two.
    QList<const FormulaExpression*> inColumns;
    for (const FormulaExpression* node : scan.aggregates) {
        const Fragment condition = where(node->records);
        auto conditional = [&](const QString& function, const Fragment& test, const Fragment& then) {
            Fragment column{QStringLiteral(", %1(").arg(function), {}};
            if (test.isEmpty())
                return column.append(then).append(QStringLiteral(")"));
            return column.append(QStringLiteral("CASE WHEN "))
                .append(test)
                .append(QStringLiteral(" THEN "))
                .append(then)
                .append(QStringLiteral(" END)"));
        };
        const Fragment one{QStringLiteral("1"), {}};
        switch (node->kind) {
        case Kind::Count:
            columns.append(conditional(QStringLiteral("COUNT"), condition, one));
            break;
        case Kind::Sum:
            columns.append(conditional(QStringLiteral("SUM"), condition, m_sql.value(node->measure)));
            break;
        case Kind::Average:
            columns.append(conditional(QStringLiteral("AVG"), condition, m_sql.value(node->measure)));
            break;
        case Kind::Share: {
            Fragment met = condition.isEmpty() ? Fragment() : Fragment(condition).append(QStringLiteral(" AND "));
            met.append(m_sql.condition(node->test));
            columns.append(conditional(QStringLiteral("COUNT"), met, one));
            columns.append(conditional(QStringLiteral("COUNT"), condition, one));
            break;
        }
        default:
            continue; // medians and percentiles read their values in runPercentile
        }
        inColumns << node;
    }
    Fragment sql{QStringLiteral("SELECT %1 AS period_key, %2 AS group_key").arg(periodSql(scan.anchor), groupSql()),
                 {}};
    sql.append(columns).append(QStringLiteral(" FROM crm_records WHERE ")).append(population(scan));
    sql.append(QStringLiteral(" GROUP BY period_key, group_key"));
    if (!compiled(error))
        return false;
    SqlQuery query(m_db.connection(), sql.sql);
    bindAll(query, sql.binds);
    if (!query.exec(error))
        return false;
    while (query.next()) {
        const Key key{query.value(0).toString(), query.value(1).toString()};
        int column = 2;
        for (const qsizetype formula : std::as_const(counted)) {
            const qint64 records = query.value(column++).toLongLong();
            FormulaState& state = m_formulas[std::size_t(formula)];
            // A group is the formula's when its own records are in it, not only another formula's.
            if (records == 0)
                continue;
            state.groups.insert(key.second);
            if (!state.shared)
                state.records[key] += records;
        }
        for (const FormulaExpression* node : std::as_const(inColumns)) {
            const QVariant v = query.value(column++);
            std::optional<double> result = v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
            if (node->kind == Kind::Share) {
                const double total = query.value(column++).toDouble();
                result = total > 0 ? std::optional<double>(100 * v.toDouble() / total) : std::nullopt;
            }
            m_values[node].insert(key, result);
        }
    }
    return true;
}

bool Evaluation::runPercentile(const FormulaExpression& node, QString* error)
{
    // Sorted by group, so only one group's values are held at a time.
    const Fragment measure = m_sql.value(node.measure);
    Fragment sql{
        QStringLiteral("SELECT %1 AS period_key, %2 AS group_key, ").arg(periodSql(node.records.anchor), groupSql()),
        {}};
    sql.append(measure).append(QStringLiteral(" FROM crm_records WHERE "));
    sql.append(m_sql.inRange(node.records.kind, node.records.anchor, m_from, m_to));
    if (node.records.where)
        sql.append(QStringLiteral(" AND ")).append(where(node.records));
    sql.append(QStringLiteral(" AND ")).append(measure).append(QStringLiteral(" IS NOT NULL ORDER BY 1, 2, 3"));
    if (!compiled(error))
        return false;
    SqlQuery query(m_db.connection(), sql.sql);
    bindAll(query, sql.binds);
    if (!query.exec(error))
        return false;
    const double rank = node.kind == Kind::Median ? 50 : node.number;
    std::vector<double> values;
    Key current;
    auto flush = [&] {
        if (!values.empty())
            m_values[&node].insert(current, percentileOf(values, rank));
        values.clear();
    };
    while (query.next()) {
        const Key key{query.value(0).toString(), query.value(1).toString()};
        if (key != current)
            flush();
        current = key;
        values.push_back(query.value(2).toDouble());
    }
    flush();
    return true;
}

// When two scans of a formula may read the same record (same kind, other anchor), their counts cannot simply be
// added.
bool Evaluation::countDistinctRecords(qsizetype formula, QString* error)
{
    Fragment sql{QStringLiteral("SELECT period_key, group_key, COUNT(*) FROM ("), {}};
    bool first = true;
    for (const Scan& scan : m_scans) {
        if (!scan.formulas.contains(formula) || !m_kindsHeld[std::size_t(scan.kind)].value_or(true))
            continue;
        if (!first)
            sql.append(QStringLiteral(" UNION "));
        first = false;
        sql.append(QStringLiteral("SELECT id, %1 AS period_key, %2 AS group_key FROM crm_records WHERE ")
                       .arg(periodSql(scan.anchor), groupSql()));
        sql.append(population(scan, formula));
    }
    if (first)
        return true;
    sql.append(QStringLiteral(") AS population GROUP BY period_key, group_key"));
    if (!compiled(error))
        return false;
    SqlQuery query(m_db.connection(), sql.sql);
    bindAll(query, sql.binds);
    if (!query.exec(error))
        return false;
    while (query.next())
        m_formulas[std::size_t(formula)].records.insert({query.value(0).toString(), query.value(1).toString()},
                                                        query.value(2).toLongLong());
    return true;
}

bool Evaluation::holdsRecords(RecordKind kind, bool* holds, QString* error)
{
    if (kind == RecordKind::Records)
        return true;
    std::optional<bool>& known = m_kindsHeld[std::size_t(kind)];
    if (known) {
        *holds = *known;
        return true;
    }
    SqlQuery query(m_db.connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM crm_records WHERE kind = ?)"));
    query.bind(enumCode(kind == RecordKind::Leads ? CrmRecordKind::Lead : CrmRecordKind::Opportunity));
    if (!query.exec(error) || !query.next())
        return false;
    *holds = query.value(0).toBool();
    known = *holds;
    return true;
}

bool Evaluation::run(QString* error)
{
    for (std::size_t i = 0; i < m_scans.size(); ++i)
        for (std::size_t j = i + 1; j < m_scans.size(); ++j)
            if (overlaps(m_scans[i].kind, m_scans[j].kind))
                for (const qsizetype formula : m_scans[i].formulas)
                    if (m_scans[j].formulas.contains(formula))
                        m_formulas[std::size_t(formula)].shared = true;
    for (const Scan& scan : m_scans) {
        bool held = true;
        if (!holdsRecords(scan.kind, &held, error))
            return false;
        // Every aggregate over a kind of record the workspace has none of reads nothing; a scan would find that
        // out by reading all the records of the other kind.
        if (!held)
            continue;
        if (!runScan(scan, error))
            return false;
        for (const FormulaExpression* node : scan.aggregates)
            if ((node->kind == Kind::Median || node->kind == Kind::Percentile) && !runPercentile(*node, error))
                return false;
    }
    for (std::size_t i = 0; i < m_formulas.size(); ++i)
        if (m_formulas[i].shared && !countDistinctRecords(qsizetype(i), error))
            return false;
    return true;
}

std::optional<double> Evaluation::value(const FormulaExpression& node, const Key& key) const
{
    if (node.isAggregate()) {
        const std::optional<double> stored = m_values.value(&node).value(key);
        // Counting or adding up no records gives zero; the other aggregates of nothing have no value.
        if (node.kind == Kind::Count || node.kind == Kind::Sum)
            return stored.value_or(0);
        return stored;
    }
    if (node.kind == Kind::Number)
        return node.number;
    const std::optional<double> left = value(node.operands[0], key);
    if (node.kind == Kind::Negate)
        return left ? std::optional<double>(-*left) : std::nullopt;
    const std::optional<double> right = value(node.operands[1], key);
    if (!left || !right)
        return std::nullopt;
    switch (node.kind) {
    case Kind::Add:
        return *left + *right;
    case Kind::Subtract:
        return *left - *right;
    case Kind::Multiply:
        return *left * *right;
    case Kind::Divide:
        return *right == 0 ? std::nullopt : std::optional<double>(*left / *right);
    default:
        return std::nullopt;
    }
}

QList<MetricEvaluator::Point> Evaluation::points(qsizetype formula) const
{
    const FormulaState& state = m_formulas[std::size_t(formula)];
    QStringList groups(state.groups.begin(), state.groups.end());
    if (m_grouping.dimension == MetricEvaluator::Dimension::None)
        groups = QStringList{QString()};
    QList<MetricEvaluator::Point> result;
    for (const QString& period : periodKeys(m_from, m_to, m_grouping.period)) {
        for (const QString& group : std::as_const(groups)) {
            const Key key{period, group};
            result.append({period, group, value(*state.root, key), state.records.value(key)});
        }
    }
    return result;
}

QStringList Evaluation::records(const MetricEvaluator::Point& point, QString* error)
{
    Fragment sql;
    for (const Scan& scan : m_scans) {
        if (!sql.isEmpty())
            sql.append(QStringLiteral(" UNION "));
        sql.append(QStringLiteral("SELECT kind, external_id FROM crm_records WHERE "));
        sql.append(population(scan));
        sql.append(QStringLiteral(" AND %1 = ? AND %2 = ?").arg(periodSql(scan.anchor), groupSql()));
        sql.binds << SqlValue::toSql(point.period) << SqlValue::toSql(point.group);
    }
    QStringList ids;
    if (sql.isEmpty())
        return ids;
    sql.append(QStringLiteral(" ORDER BY 1, 2"));
    if (!compiled(error))
        return ids;
    SqlQuery query(m_db.connection(), sql.sql);
    bindAll(query, sql.binds);
    if (!query.exec(error))
        return ids;
    while (query.next())
        ids << query.value(1).toString();
    return ids;
}

} // namespace

QList<MetricEvaluator::Point> MetricEvaluator::evaluate(const Database& db, const Formula& formula,
                                                        const Grouping& grouping, QDate from, QDate to, QString* error)
{
    return evaluateAll(db, {&formula}, grouping, from, to, error).value(0);
}

QList<QList<MetricEvaluator::Point>> MetricEvaluator::evaluateAll(const Database& db,
                                                                  const QList<const Formula*>& formulas,
                                                                  const Grouping& grouping, QDate from, QDate to,
                                                                  QString* error)
{
    Evaluation evaluation(db, formulas, grouping, from, to);
    if (!evaluation.run(error))
        return {};
    QList<QList<Point>> result;
    for (qsizetype i = 0; i < formulas.size(); ++i)
        result.append(evaluation.points(i));
    return result;
}

QStringList MetricEvaluator::records(const Database& db, const Formula& formula, const Grouping& grouping,
                                     const Point& point, QDate from, QDate to, QString* error)
{
    return Evaluation(db, {&formula}, grouping, from, to).records(point, error);
}

} // namespace accord
