#include "Transaction.h"

#include "Database.h"
#include "SqlQuery.h"

namespace accord {

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_depth(db.m_transactionDepth)
{
    const QString sql = m_depth == 0 ? QStringLiteral("BEGIN") : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    m_active = SqlQuery::run(db.connection(), sql, &m_error);
    if (m_active)
        ++db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_depth == 0) {
        SqlQuery::run(m_db.connection(), QStringLiteral("ROLLBACK"));
    } else {
        SqlQuery::run(m_db.connection(), QStringLiteral("ROLLBACK TO sp%1").arg(m_depth));
        SqlQuery::run(m_db.connection(), QStringLiteral("RELEASE sp%1").arg(m_depth));
    }
    --m_db.m_transactionDepth;
    m_db.discardPendingChanges(m_depth);
}

bool Transaction::commit(QString* error)
{
    if (!m_active) {
        if (error)
            *error = m_error;
        return false;
    }
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth);
    if (!SqlQuery::run(m_db.connection(), sql, &m_error)) {
        if (error)
            *error = m_error;
        return false;
    }
    m_active = false;
    --m_db.m_transactionDepth;
    if (m_depth == 0)
        m_db.flushPendingChanges();
    return true;
}

} // namespace accord
