#include "SqlQuery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace accord {

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

SqlQuery& SqlQuery::bind(const QVariant& value)
{
    m_query.addBindValue(value);
    return *this;
}

bool SqlQuery::exec(QString* error)
{
    if (m_prepared && m_query.exec())
        return true;
    if (error)
        *error = errorText();
    return false;
}

QString SqlQuery::errorText() const
{
    return QCoreApplication::translate("accord::SqlQuery", "The statement “%1” failed: %2")
        .arg(m_sql.simplified(), m_query.lastError().text());
}

bool SqlQuery::run(const QSqlDatabase& db, const QString& sql, QString* error)
{
    SqlQuery query(db, sql);
    return query.exec(error);
}

QVariant SqlQuery::scalar(const QSqlDatabase& db, const QString& sql, QString* error)
{
    SqlQuery query(db, sql);
    if (!query.exec(error))
        return {};
    if (!query.next()) {
        if (error)
            *error = QCoreApplication::translate("accord::SqlQuery", "The statement “%1” returned no row.")
                         .arg(sql.simplified());
        return {};
    }
    return query.value(0);
}

} // namespace accord
