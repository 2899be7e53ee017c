#pragma once

#include "SqlQuery.h"

namespace accord {

class Database;
struct CrmRecord;

// Writes imported CRM records through one prepared statement, reused for every row: a record whose kind and
// external id are already stored is updated in place, any other is added. Call it inside a transaction; a million
// rows in autocommit would each be their own disk sync.
class CrmRecordWriter
{
public:
    explicit CrmRecordWriter(Database& db);

    bool write(const CrmRecord& record, QString* error);

private:
    Database& m_db;
    SqlQuery m_upsert;
    bool m_wrote = false;
};

} // namespace accord
