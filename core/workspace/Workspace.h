#pragma once

#include "storage/Database.h"
#include "storage/Repository.h"

#include <QObject>
#include <QSet>
#include <QUndoStack>

#include <memory>

namespace accord {

class Clock;

// An open workspace file: its storage, the undo stack every user edit goes through, and who is editing.
class Workspace : public QObject
{
    Q_OBJECT

public:
    enum class Content { Catalog, Demo };

    ~Workspace() override;

    // Creates a new file filled with the built-in catalogue (and, for Demo, a fictional company's cases and data).
    static std::unique_ptr<Workspace> create(const QString& path, Content content, QString* error,
                                             const Clock* clock = nullptr);
    static std::unique_ptr<Workspace> open(const QString& path, Database::Access access, QString* error,
                                           const Clock* clock = nullptr);

    Database& database() { return m_db; }
    QString path() const { return m_db.path(); }
    bool isReadOnly() const { return m_db.isReadOnly(); }
    QString readOnlyReason() const { return m_db.readOnlyReason(); }
    QUndoStack* undoStack() { return &m_undoStack; }
    const Clock& clock() const { return m_db.clock(); }

    template <typename T>
    Repository<T> repository()
    {
        return Repository<T>(m_db);
    }

    // The name shown in the title bar and on reports; the company name when one is set.
    QString displayName() const;
    QString info(const QString& key) const;
    bool setInfo(const QString& key, const QString& value, QString* error = nullptr);

    // Who is editing: a person of the workspace when one is chosen, else the operating-system login.
    QString currentUser() const { return m_db.user(); }
    void setCurrentUser(const QString& name) { m_db.setUser(name); }
    static QString systemUserName();

    // Undo commands report a failed write here; the window shows it where the user is.
    void reportError(const QString& message);

Q_SIGNALS:
    void tablesChanged(const QSet<QString>& tables);
    void errorOccurred(const QString& message);

private:
    Workspace();

    Database m_db;
    QUndoStack m_undoStack;
};

} // namespace accord
