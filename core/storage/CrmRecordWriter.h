#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringEncoder>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace accord {

class Database;
struct CrmRecord;

// Writes imported CRM records through one prepared statement, reused for every row: a record whose kind and
// external id are already stored is updated in place, any other is added. Call it inside a transaction; a million
// rows in autocommit would each be their own disk sync.
//
// A large import spends most of its time here, so this is the one place outside SqlDialect that is particular to
// SQLite: the statement runs through SQLite's C API with every row's text bound as UTF-8 from one reused buffer, and
// while the writer lives the page cache is large enough to keep the indexes it updates in memory.
class CrmRecordWriter
{
public:
    explicit CrmRecordWriter(Database& db);
    ~CrmRecordWriter();
    CrmRecordWriter(const CrmRecordWriter&) = delete;
    CrmRecordWriter& operator=(const CrmRecordWriter&) = delete;

    bool write(const CrmRecord& record, QString* error);
    // Brings the statistics the query planner reads up to date with what was written, before the commit.
    bool finish(QString* error);

private:
    bool bind(int index, const QVariant& value, char** text);
    bool fail(QString* error, const QString& reason) const;

    Database& m_db;
    QString m_sql;
    sqlite3* m_connection = nullptr;
    sqlite3_stmt* m_upsert = nullptr;
    QString m_prepareError;
    QList<QVariant> m_values;
    QByteArray m_text;
    QStringEncoder m_utf8;
    int m_cacheSize = 0;
    bool m_wrote = false;
};

} // namespace accord
