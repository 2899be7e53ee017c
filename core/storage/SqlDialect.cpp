#include "SqlDialect.h"

#include "SqlQuery.h"

namespace accord::SqlDialect {
namespace {

// Reading through a memory map spares a system call and a copy per page: a scorecard over a million imported
// records reads every page of them. The map is address space, not memory; only the pages read are paged in.
constexpr qint64 MappedBytes = qint64(1) << 30;

} // namespace

QString idColumnType()
{
    return QStringLiteral("INTEGER PRIMARY KEY");
}

QString expandSchema(QString sql)
{
    return sql.replace(QStringLiteral("%ID%"), idColumnType());
}

bool configureReadWrite(const QSqlDatabase& db, QString* error)
{
    return SqlQuery::run(db, QStringLiteral("PRAGMA foreign_keys = ON"), error) &&
           SqlQuery::run(db, QStringLiteral("PRAGMA journal_mode = WAL"), error) &&
           SqlQuery::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error) &&
           SqlQuery::run(db, QStringLiteral("PRAGMA mmap_size = %1").arg(MappedBytes), error);
}

bool configureReadOnly(const QSqlDatabase& db, QString* error)
{
    return SqlQuery::run(db, QStringLiteral("PRAGMA foreign_keys = ON"), error) &&
           SqlQuery::run(db, QStringLiteral("PRAGMA mmap_size = %1").arg(MappedBytes), error);
}

int schemaVersion(const QSqlDatabase& db, QString* error)
{
    const QVariant v = SqlQuery::scalar(db, QStringLiteral("PRAGMA user_version"), error);
    return v.isValid() ? v.toInt() : -1;
}

bool setSchemaVersion(const QSqlDatabase& db, int version, QString* error)
{
    // PRAGMA takes no bound parameters; the value is an int we produced, not user input.
    return SqlQuery::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
}

int applicationId(const QSqlDatabase& db, QString* error)
{
    const QVariant v = SqlQuery::scalar(db, QStringLiteral("PRAGMA application_id"), error);
    return v.isValid() ? v.toInt() : -1;
}

bool setApplicationId(const QSqlDatabase& db, QString* error)
{
    return SqlQuery::run(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error);
}

int userTableCount(const QSqlDatabase& db, QString* error)
{
    const QVariant v = SqlQuery::scalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"),
        error);
    return v.isValid() ? v.toInt() : -1;
}

QString integrityProblem(const QSqlDatabase& db, QString* error)
{
    SqlQuery query(db, QStringLiteral("PRAGMA quick_check"));
    if (!query.exec(error))
        return error ? *error : QStringLiteral("quick_check failed");
    QStringList findings;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            findings << line;
    }
    return findings.join(QLatin1Char('\n'));
}

QString joinedValues(const QString& expression)
{
    return QStringLiteral("group_concat(%1, char(31))").arg(expression);
}

bool copyTo(const QSqlDatabase& db, const QString& targetPath, QString* error)
{
    SqlQuery query(db, QStringLiteral("VACUUM INTO ?"));
    query.bind(targetPath);
    return query.exec(error);
}

int cacheSize(const QSqlDatabase& db)
{
    return SqlQuery::scalar(db, QStringLiteral("PRAGMA cache_size")).toInt();
}

bool setCacheSize(const QSqlDatabase& db, int size)
{
    // PRAGMA takes no bound parameters; the value is an int we produced, not user input.
    return SqlQuery::run(db, QStringLiteral("PRAGMA cache_size = %1").arg(size));
}

bool refreshStatistics(const QSqlDatabase& db, const QString& table, QString* error)
{
    // Every key is counted, not a sample: the first thousand keys of an index on (kind, …) are all of one kind, and
    // the planner, told that a kind picks out a thousand records, would then read every record of a scorecard
    // through that index. Counting them all costs one pass over the indexes.
    return SqlQuery::run(db, QStringLiteral("PRAGMA analysis_limit = 0"), error) &&
           SqlQuery::run(db, QStringLiteral("ANALYZE %1").arg(table), error);
}

// --- Metric formulas ---

QString monthKey(const QString& timeExpression)
{
    return QStringLiteral("strftime('%Y-%m', %1)").arg(timeExpression);
}

QString quarterKey(const QString& timeExpression)
{
    return QStringLiteral("(strftime('%Y', %1) || '-Q' || ((CAST(strftime('%m', %1) AS INTEGER) + 2) / 3))")
        .arg(timeExpression);
}

QString secondsBetween(const QString& fromExpression, const QString& toExpression)
{
    return QStringLiteral("ROUND((julianday(%2) - julianday(%1)) * 86400, 3)").arg(fromExpression, toExpression);
}

} // namespace accord::SqlDialect
