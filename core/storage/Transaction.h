#pragma once

#include <QString>

namespace accord {

class Database;

// Commits when asked to, rolls back when it goes out of scope otherwise. Nests: an inner guard becomes a
// savepoint of the outer transaction, so a composite edit stays all-or-nothing.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit(QString* error = nullptr);
    QString error() const { return m_error; }

private:
    Database& m_db;
    int m_depth = 0;
    bool m_active = false;
    QString m_error;
};

} // namespace accord
