#pragma once

#include "domain/CrmRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringEncoder>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace accord {

class Database;

// Writes imported CRM records through one prepared statement, reused for every row: a record whose kind and
// external id are already stored is updated in place, any other is added. Call it inside a transaction; a million
// rows in autocommit would each be their own disk sync. Create the writer before that transaction begins.
//
// A large import spends most of its time here, so this is the one place outside SqlDialect that is particular to
// SQLite: the statement runs through SQLite's C API with every member bound by its type, text as UTF-8 from one
// reused buffer and times written straight in their stored form, without a QVariant per value. While the writer
// lives the page cache is large enough to keep the index it updates in memory, and statement journals stay in memory.
class CrmRecordWriter
{
public:
    explicit CrmRecordWriter(Database& db);
    ~CrmRecordWriter();
    CrmRecordWriter(const CrmRecordWriter&) = delete;
    CrmRecordWriter& operator=(const CrmRecordWriter&) = delete;

    bool write(const CrmRecord& record, QString* error);
    // Writes the rows still waiting and brings the statistics the query planner reads up to date with what was
    // written; call it before the commit.
    bool finish(QString* error);

    // Rows are written this many to a statement: SQLite's work per statement (and per statement journal) is then
    // shared by them. Those of an unfinished batch are written by finish().
    static constexpr int BatchRows = 64;

    // The largest number of UTF-8 bytes a time takes in its stored form; writeUtcTime writes at most this many.
    static constexpr qsizetype MaxTimeBytes = 40;
    // A valid time in its stored form (SqlValue::utcText) as UTF-8 at out; returns the end of what it wrote.
    static char* writeUtcTime(const QDateTime& value, char* out);

    // How one column of crm_records is read from a record.
    using Member = std::variant<QString CrmRecord::*, QDateTime CrmRecord::*, QDate CrmRecord::*, double CrmRecord::*,
                                qint64 CrmRecord::*, CrmRecordKind CrmRecord::*>;

private:
    // A value waiting for its row's statement; text is kept in m_text, which may move until the statement runs.
    struct Value
    {
        enum class Type : quint8 { Null, Text, StaticText, Real, Integer };
        Type type = Type::Null;
        int size = 0;
        qsizetype offset = 0;
        const char* staticText = nullptr;
        double real = 0;
        qint64 integer = 0;
    };

    sqlite3_stmt* prepare(int rows);
    void collect(const Member& member, const CrmRecord& record);
    char* reserve(qsizetype bytes);
    bool run(sqlite3_stmt* statement, qsizetype firstRow, int rows, QString* error);
    bool flush(QString* error);
    bool fail(QString* error, const QString& reason) const;

    Database& m_db;
    QString m_sql;
    sqlite3* m_connection = nullptr;
    sqlite3_stmt* m_upsert = nullptr;      // one row
    sqlite3_stmt* m_batchUpsert = nullptr; // BatchRows rows
    QString m_prepareError;
    QList<Member> m_members; // in the order of each row's placeholders
    QList<Value> m_values;   // of the rows not yet written
    QByteArray m_text;
    QStringEncoder m_utf8;
    int m_cacheSize = 0;
    int m_tempStore = -1; // the connection's own, to restore; -1 when unchanged
    qint64 m_written = 0;
};

} // namespace accord
