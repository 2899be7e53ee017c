#include "MetricEvaluator.h"

#include "Database.h"
#include "FormulaSql.h"
#include "SqlDialect.h"
#include "SqlQuery.h"
#include "SqlValue.h"

#include <QHash>
#include <cmath>
#include <set>
#include <vector>

namespace accord {
namespace {

using Kind = FormulaExpression::Kind;
using Fragment = FormulaSql::Fragment;
using Key = std::pair<QString, QString>; // period, group

// The records that share a kind and an anchor are read in one pass, each aggregate a column of it.
struct Scan
{
    RecordKind kind;
    QString anchor;
    QList<const FormulaExpression*> aggregates;
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
    Evaluation(const Database& db, const Formula& formula, const MetricEvaluator::Grouping& grouping, QDate from,
               QDate to)
        : m_db(db), m_root(formula.root), m_grouping(grouping), m_from(from), m_to(to)
    {
        collect(formula.root);
    }

    bool run(QString* error);
    QList<MetricEvaluator::Point> points() const;
    QStringList records(const MetricEvaluator::Point& point, QString* error);

private:
    void collect(const FormulaExpression& node);
    QString periodSql(const QString& anchor);
    QString groupSql() const { return dimensionColumn(m_grouping.dimension); }
    Fragment where(const FormulaRecordSet& set) { return set.where ? m_sql.condition(*set.where) : Fragment(); }
    Fragment population(const Scan& scan);
    bool runScan(const Scan& scan, bool countRecords, QString* error);
    bool runPercentile(const FormulaExpression& node, QString* error);
    bool countDistinctRecords(QString* error);
    bool compiled(QString* error) const;
    void see(const Key& key) { m_groups.insert(key.second); }
    std::optional<double> value(const FormulaExpression& node, const Key& key) const;

    const Database& m_db;
    const FormulaExpression& m_root;
    MetricEvaluator::Grouping m_grouping;
    QDate m_from;
    QDate m_to;
    FormulaSql m_sql;
    std::vector<Scan> m_scans;
    QHash<const FormulaExpression*, QHash<Key, std::optional<double>>> m_values;
    QHash<Key, qint64> m_records;
    std::set<QString> m_groups;
};

void Evaluation::collect(const FormulaExpression& node)
{
    for (const FormulaExpression& operand : node.operands)
        collect(operand);
    if (!node.isAggregate())
        return;
    for (Scan& scan : m_scans) {
        if (scan.kind == node.records.kind && scan.anchor == node.records.anchor) {
            scan.aggregates << &node;
            return;
        }
    }
    m_scans.push_back({node.records.kind, node.records.anchor, {&node}});
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

// The records any aggregate of the scan reads: its kind in the date range, meeting at least one set's condition.
Fragment Evaluation::population(const Scan& scan)
{
    Fragment result = m_sql.inRange(scan.kind, scan.anchor, m_from, m_to);
    Fragment any;
    for (const FormulaExpression* node : scan.aggregates) {
        if (!node->records.where)
            return result;
        any.append(any.isEmpty() ? QStringLiteral("(") : QStringLiteral(" OR ")).append(where(node->records));
    }
    return result.append(QStringLiteral(" AND ")).append(any).append(QStringLiteral(")"));
}

bool Evaluation::compiled(QString* error) const
{
    if (m_sql.ok())
        return true;
    if (error)
        *error = m_sql.error();
    return false;
}

bool Evaluation::runScan(const Scan& scan, bool countRecords, QString* error)
{
    // Each count, sum and average is a conditional aggregate over the scan's population; a share needs two.
    Fragment columns;
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
    Fragment sql{
        QStringLiteral("SELECT %1 AS period_key, %2 AS group_key, COUNT(*)").arg(periodSql(scan.anchor), groupSql()),
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
        see(key);
        if (countRecords)
            m_records[key] += query.value(2).toLongLong();
        int column = 3;
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

// When two scans may read the same record (same kind, other anchor), their counts cannot simply be added.
bool Evaluation::countDistinctRecords(QString* error)
{
    Fragment sql{QStringLiteral("SELECT period_key, group_key, COUNT(*) FROM ("), {}};
    for (std::size_t i = 0; i < m_scans.size(); ++i) {
        if (i > 0)
            sql.append(QStringLiteral(" UNION "));
        sql.append(QStringLiteral("SELECT id, %1 AS period_key, %2 AS group_key FROM crm_records WHERE ")
                       .arg(periodSql(m_scans[i].anchor), groupSql()));
        sql.append(population(m_scans[i]));
    }
    sql.append(QStringLiteral(") AS population GROUP BY period_key, group_key"));
    if (!compiled(error))
        return false;
    SqlQuery query(m_db.connection(), sql.sql);
    bindAll(query, sql.binds);
    if (!query.exec(error))
        return false;
    while (query.next())
        m_records.insert({query.value(0).toString(), query.value(1).toString()}, query.value(2).toLongLong());
    return true;
}

bool Evaluation::run(QString* error)
{
    bool shared = false;
    for (std::size_t i = 0; i < m_scans.size(); ++i)
        for (std::size_t j = i + 1; j < m_scans.size(); ++j)
            shared = shared || overlaps(m_scans[i].kind, m_scans[j].kind);
    for (const Scan& scan : m_scans) {
        if (!runScan(scan, !shared, error))
            return false;
        for (const FormulaExpression* node : scan.aggregates)
            if ((node->kind == Kind::Median || node->kind == Kind::Percentile) && !runPercentile(*node, error))
                return false;
    }
    return !shared || countDistinctRecords(error);
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

QList<MetricEvaluator::Point> Evaluation::points() const
{
    QStringList groups(m_groups.begin(), m_groups.end());
    if (m_grouping.dimension == MetricEvaluator::Dimension::None)
        groups = QStringList{QString()};
    QList<MetricEvaluator::Point> result;
    for (const QString& period : periodKeys(m_from, m_to, m_grouping.period)) {
        for (const QString& group : std::as_const(groups)) {
            const Key key{period, group};
            result.append({period, group, value(m_root, key), m_records.value(key)});
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
    Evaluation evaluation(db, formula, grouping, from, to);
    if (!evaluation.run(error))
        return {};
    return evaluation.points();
}

QStringList MetricEvaluator::records(const Database& db, const Formula& formula, const Grouping& grouping,
                                     const Point& point, QDate from, QDate to, QString* error)
{
    return Evaluation(db, formula, grouping, from, to).records(point, error);
}

} // namespace accord
