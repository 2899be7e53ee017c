#include "PlainSqlite.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace accord::test {

PlainSqlite::PlainSqlite(const QString& path)
    : m_name(QStringLiteral("plain-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!db.open())
        m_error = db.lastError().text();
}

PlainSqlite::~PlainSqlite()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

bool PlainSqlite::exec(const QStringList& statements)
{
    for (const QString& sql : statements) {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            m_error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
            return false;
        }
    }
    return true;
}

QVariant PlainSqlite::scalar(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (query.exec(sql) && query.next())
        return query.value(0);
    m_error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
    return {};
}

QStringList sqlStatements(const QString& script)
{
    QStringList statements;
    QString current;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace accord::test
