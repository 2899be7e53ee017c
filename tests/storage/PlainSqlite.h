#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace accord::test {

// A bare SQLite connection that bypasses Accord's storage layer, to build files Accord itself would never write
// (other applications' databases, old formats, future formats) and to look at a file from the outside.
class PlainSqlite
{
public:
    explicit PlainSqlite(const QString& path);
    ~PlainSqlite();
    PlainSqlite(const PlainSqlite&) = delete;
    PlainSqlite& operator=(const PlainSqlite&) = delete;

    // Runs each statement in turn; stops at the first failure and names it in error().
    bool exec(const QStringList& statements);
    QVariant scalar(const QString& sql);
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

// The statements of an SQL script, split at the semicolons that end a line; "--" comment lines are dropped.
QStringList sqlStatements(const QString& script);

} // namespace accord::test
