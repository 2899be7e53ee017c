#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace accord {

class Clock;

// One open workspace file: validates it before anything writes to it, migrates it forward after a backup copy,
// and knows who is writing (for audit stamps) and which tables a committed change touched.
class Database
{
public:
    enum class Access { ReadWrite, ReadOnly };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Creates a new, empty workspace file in the current format. Fails when the file exists.
    bool create(const QString& path, QString* error, int formatVersion = -1);
    // Opens an existing workspace. ReadWrite falls back to read-only, with readOnlyReason() set, when the file
    // cannot be written or another Accord has it open.
    bool open(const QString& path, Access access, QString* error);
    // Opens another connection to a workspace this process has open for writing, for work on another thread (a
    // connection belongs to the thread that opened it). The owner keeps the file's lock; each sees the other's
    // commits, and the owner learns of this one's changes only through markChanged.
    bool openAlongside(const Database& owner, QString* error);
    void close();
    // Writes a copy of the workspace to a new file; the open workspace stays the one being edited.
    bool saveCopy(const QString& targetPath, QString* error) const;

    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString backupPath() const { return m_backupPath; }
    QSqlDatabase connection() const { return m_db; }
    bool inTransaction() const { return m_transactionDepth > 0; }

    void setClock(const Clock* clock) { m_clock = clock; }
    const Clock& clock() const;
    void setUser(const QString& user) { m_user = user; }
    QString user() const { return m_user; }

    // Called with the tables a change touched, once its transaction committed (or at once outside one).
    void setChangeListener(std::function<void(const QSet<QString>&)> listener) { m_listener = std::move(listener); }
    void markChanged(const QString& table);

private:
    friend class Transaction;
    void flushPendingChanges();
    void discardPendingChanges(int depth);
    bool openConnection(bool readOnly, QString* error);
    bool backUp(int fromVersion, QString* error);

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_backupPath;
    std::unique_ptr<QLockFile> m_lock;
    const Clock* m_clock = nullptr;
    QString m_user;
    int m_transactionDepth = 0;
    QSet<QString> m_pendingChanges;
    std::function<void(const QSet<QString>&)> m_listener;
};

} // namespace accord
