#include "WorkspaceCheck.h"

#include "Migrations.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QUuid>

namespace accord {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::WorkspaceCheck", text);
}

WorkspaceCheck failure(WorkspaceCheck::Problem problem, const QString& message)
{
    WorkspaceCheck check;
    check.problem = problem;
    check.message = message;
    return check;
}

// A read-only connection that is removed again when the inspection is over.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString& path)
        : m_name(QStringLiteral("accord-inspect-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

} // namespace

bool WorkspaceCheck::needsMigration() const
{
    return ok() && schemaVersion < Migrations::currentVersion();
}

WorkspaceCheck WorkspaceCheck::inspect(const QString& path)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        return failure(Problem::Missing, tr("The workspace “%1” does not exist.").arg(name));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Problem::Unreadable,
                       tr("The workspace “%1” cannot be read: %2").arg(name, file.errorString()));
    // SQLite's header is 100 bytes and starts with this magic string; anything else is not a database at all.
    static const QByteArray magic("SQLite format 3\0", 16);
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(magic))
        return failure(Problem::NotSqlite,
                       tr("“%1” is not an Accord workspace: it is not a SQLite database file.").arg(name));

    WorkspaceCheck check;
    {
        ReadOnlyConnection connection(path);
        QString error;
        if (!connection.isOpen())
            return failure(Problem::Unreadable, tr("The workspace “%1” cannot be opened.").arg(name));
        const QSqlDatabase db = connection.db();
        const QString problem = SqlDialect::integrityProblem(db, &error);
        if (!problem.isEmpty())
            return failure(Problem::Corrupt,
                           tr("The workspace “%1” is damaged (truncated or corrupt) and was not changed. "
                              "Restore it from a backup. Details: %2")
                               .arg(name, problem));
        const int appId = SqlDialect::applicationId(db, &error);
        const int tables = SqlDialect::userTableCount(db, &error);
        check.schemaVersion = SqlDialect::schemaVersion(db, &error);
        if (appId < 0 || tables < 0 || check.schemaVersion < 0)
            return failure(Problem::Corrupt, tr("The workspace “%1” cannot be read: %2").arg(name, error));
        if (appId != SqlDialect::ApplicationId)
            return failure(Problem::NotAWorkspace,
                           tables > 0 ? tr("“%1” is a SQLite database of another application, not an Accord workspace.").arg(name)
                                      : tr("“%1” is an empty SQLite database, not an Accord workspace.")
                               .arg(name));
        if (check.schemaVersion > Migrations::currentVersion())
            return failure(Problem::TooNew,
                           tr("The workspace “%1” was saved by a newer version of Accord (format %2; this version "
                              "reads up to format %3). Update Accord to open it; the file was not changed.")
                               .arg(name)
                               .arg(check.schemaVersion)
                               .arg(Migrations::currentVersion()));
    }

    const QFileInfo folder(info.absolutePath());
    if (!info.isWritable()) {
        check.writable = false;
        check.readOnlyReason = tr("The file is write-protected.");
    } else if (!folder.isWritable()) {
        // SQLite keeps its journal next to the file, so a read-only folder makes the workspace read-only too.
        check.writable = false;
        check.readOnlyReason = tr("The folder “%1” cannot be written.").arg(QDir::toNativeSeparators(folder.filePath()));
    }
    return check;
}

} // namespace accord
