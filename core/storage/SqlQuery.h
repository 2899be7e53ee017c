#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace accord {

// A prepared statement with bound parameters that reports the failed SQL together with the driver's error.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase& db, const QString& sql);

    SqlQuery& bind(const QVariant& value);
    bool exec(QString* error = nullptr);
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QString errorText() const;

    // Runs a statement without parameters, for schema and pragma work.
    static bool run(const QSqlDatabase& db, const QString& sql, QString* error = nullptr);
    // The first column of the first row, or an invalid QVariant (with *error set) when there is none.
    static QVariant scalar(const QSqlDatabase& db, const QString& sql, QString* error = nullptr);

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

} // namespace accord
