#pragma once

#include <QString>

namespace accord {

// What a read-only look at a workspace file found, before anything is allowed to write to it.
struct WorkspaceCheck
{
    enum class Problem { None, Missing, Unreadable, NotSqlite, Corrupt, NotAWorkspace, TooNew };

    Problem problem = Problem::None;
    QString message;         // names the file and the problem; empty when healthy
    int schemaVersion = 0;   // the file's, when it could be read
    bool writable = true;    // false when the file or its folder cannot be written
    QString readOnlyReason;  // why it is not writable

    bool ok() const { return problem == Problem::None; }
    bool needsMigration() const;

    // Inspects the file without changing a byte of it.
    static WorkspaceCheck inspect(const QString& path);
};

} // namespace accord
