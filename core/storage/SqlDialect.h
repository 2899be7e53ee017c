#pragma once

#include <QSqlDatabase>
#include <QString>

namespace accord {

// Everything that is particular to SQLite lives here, so that the same schema and queries can run on another
// engine (PostgreSQL for shared workspaces) by providing these few statements for it.
namespace SqlDialect {

// Marks a file as an Accord workspace ("ACCD"), so that another application's SQLite file is told apart.
constexpr int ApplicationId = 0x41434344;

// The type of an auto-numbered primary key column; schema text writes it as %ID%.
QString idColumnType();
// Replaces the engine placeholders in schema text.
QString expandSchema(QString sql);

// Connection set-up for an open read-write workspace: foreign keys, WAL journal, busy timeout.
bool configureReadWrite(const QSqlDatabase& db, QString* error);
bool configureReadOnly(const QSqlDatabase& db, QString* error);

int schemaVersion(const QSqlDatabase& db, QString* error);
bool setSchemaVersion(const QSqlDatabase& db, int version, QString* error);
int applicationId(const QSqlDatabase& db, QString* error);
bool setApplicationId(const QSqlDatabase& db, QString* error);
int userTableCount(const QSqlDatabase& db, QString* error);

// Integrity check of the whole file; returns an empty string when it is sound, else the engine's finding.
QString integrityProblem(const QSqlDatabase& db, QString* error);

// Joins the values of one column per group with JoinSeparator (SQLite: group_concat; PostgreSQL: string_agg),
// a control character that no name contains.
constexpr QChar JoinSeparator = QChar(0x1f);
QString joinedValues(const QString& expression);

// Writes a consistent copy of the open database to a new file (SQLite: VACUUM INTO).
bool copyTo(const QSqlDatabase& db, const QString& targetPath, QString* error);

// The connection's page cache: positive in pages, negative in KiB (SQLite: PRAGMA cache_size); 0 when unknown.
int cacheSize(const QSqlDatabase& db);
bool setCacheSize(const QSqlDatabase& db, int size);
// Refreshes the statistics the query planner reads for a table after a bulk write, so that it knows which index
// narrows a query down and which would only add lookups (SQLite: ANALYZE over every key).
bool refreshStatistics(const QSqlDatabase& db, const QString& table, QString* error);

// --- Metric formulas (FormulaSql, MetricEvaluator). Times are ISO-8601 UTC text. ---

// The reporting month of a time, as "2026-05" (PostgreSQL: to_char(t, 'YYYY-MM')).
QString monthKey(const QString& timeExpression);
// The reporting quarter of a time, as "2026-Q2" (PostgreSQL: to_char(t, 'YYYY-"Q"Q')).
QString quarterKey(const QString& timeExpression);
// Seconds from one time to another, rounded to the millisecond so that whole hours compare exactly (an SLA of 24
// hours met to the minute is met); NULL when either is missing (PostgreSQL: extract(epoch from to - from)).
QString secondsBetween(const QString& fromExpression, const QString& toExpression);

} // namespace SqlDialect
} // namespace accord
