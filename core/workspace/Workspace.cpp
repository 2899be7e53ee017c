#include "Workspace.h"

#include "catalog/Catalog.h"
#include "demo/DemoWorkspace.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace accord {

Workspace::Workspace()
{
    m_db.setUser(systemUserName());
    m_db.setChangeListener([this](const QSet<QString>& tables) { Q_EMIT tablesChanged(tables); });
}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::create(const QString& path, Content content, QString* error,
                                             const Clock* clock)
{
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_db.setClock(clock);
    if (!ws->m_db.create(path, error))
        return nullptr;
    bool filled = false;
    {
        Transaction transaction(ws->m_db);
        filled = Catalog::seed(*ws, error)
            && (content == Content::Catalog || DemoWorkspace::populate(*ws, error)) && transaction.commit(error);
    }
    if (!filled) {
        ws.reset();
        QFile::remove(path);
        return nullptr;
    }
    return ws;
}

std::unique_ptr<Workspace> Workspace::open(const QString& path, Database::Access access, QString* error,
                                           const Clock* clock)
{
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_db.setClock(clock);
    if (!ws->m_db.open(path, access, error))
        return nullptr;
    return ws;
}

QString Workspace::displayName() const
{
    const QString company = info(QStringLiteral("company"));
    return company.isEmpty() ? QFileInfo(path()).completeBaseName() : company;
}

QString Workspace::info(const QString& key) const
{
    SqlQuery query(m_db.connection(), QStringLiteral("SELECT value FROM workspace_info WHERE key = ?"));
    query.bind(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool Workspace::setInfo(const QString& key, const QString& value, QString* error)
{
    SqlQuery query(m_db.connection(), QStringLiteral("INSERT INTO workspace_info (key, value) VALUES (?, ?) "
                                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bind(key).bind(value);
    if (!query.exec(error))
        return false;
    m_db.markChanged(QStringLiteral("workspace_info"));
    return true;
}

QString Workspace::systemUserName()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = env.value(QString::fromLatin1(name));
        if (!value.isEmpty())
            return value;
    }
    // A session started without a login (a service, a container) often sets none of them; its home is named after
    // the account all the same.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QCoreApplication::translate("accord::Workspace", "unknown user") : home;
}

void Workspace::reportError(const QString& message)
{
    Q_EMIT errorOccurred(message);
}

} // namespace accord
