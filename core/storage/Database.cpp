#include "Database.h"

#include "Migrations.h"
#include "SqlDialect.h"
#include "WorkspaceCheck.h"
#include "workspace/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>

namespace accord {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::Database", text);
}

QString nativeName(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("accord-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
}

Database::~Database()
{
    close();
}

const Clock& Database::clock() const
{
    static const SystemClock systemClock;
    return m_clock ? *m_clock : systemClock;
}

bool Database::openConnection(bool readOnly, QString* error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        if (error)
            *error = tr("The workspace “%1” cannot be opened.").arg(nativeName(m_path));
        return false;
    }
    m_readOnly = readOnly;
    return readOnly ? SqlDialect::configureReadOnly(m_db, error) : SqlDialect::configureReadWrite(m_db, error);
}

bool Database::create(const QString& path, QString* error, int formatVersion)
{
    close();
    if (QFileInfo::exists(path)) {
        if (error)
            *error = tr("“%1” already exists; a new workspace needs a new file name.").arg(nativeName(path));
        return false;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("The folder for “%1” cannot be created.").arg(nativeName(path));
        return false;
    }
    m_path = info.absoluteFilePath();
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
    const int target = formatVersion < 0 ? Migrations::currentVersion() : formatVersion;
    if (openConnection(false, error) && SqlDialect::setApplicationId(m_db, error)
        && Migrations::migrate(*this, 0, target, error))
        return true;
    close();
    QFile::remove(path);
    return false;
}

bool Database::open(const QString& path, Access access, QString* error)
{
    close();
    const WorkspaceCheck check = WorkspaceCheck::inspect(path);
    if (!check.ok()) {
        if (error)
            *error = check.message;
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();

    bool readOnly = access == Access::ReadOnly;
    if (!readOnly && !check.writable) {
        readOnly = true;
        m_readOnlyReason = check.readOnlyReason;
    }
    if (!readOnly) {
        m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
        // Only a live process keeps the lock; a crashed one's lock is taken over.
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            readOnly = true;
            m_readOnlyReason = tr("Another Accord window (process %1 on %2) is editing this workspace.")
                                   .arg(pid)
                                   .arg(host.isEmpty() ? tr("this computer") : host);
            m_lock.reset();
        }
    }

    if (check.needsMigration()) {
        if (readOnly) {
            if (error)
                *error = tr("The workspace “%1” is in an older format and must be upgraded, but it cannot be "
                            "written: %2")
                             .arg(nativeName(path),
                                  m_readOnlyReason.isEmpty() ? tr("it was opened read-only.") : m_readOnlyReason);
            close();
            return false;
        }
        if (!backUp(check.schemaVersion, error)) {
            close();
            return false;
        }
    }

    if (!openConnection(readOnly, error)
        || (check.needsMigration() && !Migrations::migrate(*this, check.schemaVersion, Migrations::currentVersion(), error))) {
        close();
        return false;
    }
    return true;
}

bool Database::openAlongside(const Database& owner, QString* error)
{
    close();
    if (!owner.isOpen() || owner.isReadOnly()) {
        if (error)
            *error = tr("The workspace “%1” is not open for writing.").arg(nativeName(owner.m_path));
        return false;
    }
    m_path = owner.m_path;
    m_clock = owner.m_clock;
    m_user = owner.m_user;
    if (openConnection(false, error))
        return true;
    close();
    return false;
}

bool Database::backUp(int fromVersion, QString* error)
{
    QString target = QStringLiteral("%1.format%2.bak").arg(m_path).arg(fromVersion);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.format%2-%3.bak").arg(m_path).arg(fromVersion).arg(n);
    if (!QFile::copy(m_path, target)) {
        if (error)
            *error = tr("The workspace “%1” must be upgraded, but the backup copy “%2” could not be written, so "
                        "nothing was changed.")
                         .arg(nativeName(m_path), nativeName(target));
        return false;
    }
    // A journal left by an earlier session holds committed pages the main file does not have yet.
    const QString wal = m_path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal))
        QFile::copy(wal, target + QStringLiteral("-wal"));
    m_backupPath = target;
    return true;
}

bool Database::saveCopy(const QString& targetPath, QString* error) const
{
    if (QFileInfo::exists(targetPath) && !QFile::remove(targetPath)) {
        if (error)
            *error = tr("“%1” exists and cannot be replaced.").arg(nativeName(targetPath));
        return false;
    }
    return SqlDialect::copyTo(m_db, QFileInfo(targetPath).absoluteFilePath(), error);
}

void Database::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.reset();
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_transactionDepth = 0;
    m_pendingChanges.clear();
}

void Database::markChanged(const QString& table)
{
    m_pendingChanges.insert(table);
    if (m_transactionDepth == 0)
        flushPendingChanges();
}

void Database::flushPendingChanges()
{
    if (m_pendingChanges.isEmpty())
        return;
    const QSet<QString> changed = std::exchange(m_pendingChanges, {});
    if (m_listener)
        m_listener(changed);
}

void Database::discardPendingChanges(int depth)
{
    // Inside an outer transaction the tables stay marked: a spurious refresh is harmless, a missed one is not.
    if (depth == 0)
        m_pendingChanges.clear();
}

} // namespace accord
