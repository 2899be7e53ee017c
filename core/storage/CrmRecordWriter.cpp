#include "CrmRecordWriter.h"

#include "Database.h"
#include "Mappings.h"
#include "domain/CrmRecord.h"

#include <QStringList>

namespace accord {
namespace {

// INSERT … ON CONFLICT … DO UPDATE reads the same in SQLite (3.24 and later) and PostgreSQL.
QString upsertSql()
{
    const EntityMap<CrmRecord>& map = entityMap<CrmRecord>();
    QStringList names;
    QStringList updates;
    for (const auto& column : map.columns) {
        names << column.name;
        if (column.name != QLatin1String("kind") && column.name != QLatin1String("external_id"))
            updates << QStringLiteral("%1 = excluded.%1").arg(column.name);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (kind, external_id) DO UPDATE SET %4")
        .arg(map.table, names.join(QStringLiteral(", ")),
             QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(',')), updates.join(QStringLiteral(", ")));
}

} // namespace

CrmRecordWriter::CrmRecordWriter(Database& db) : m_db(db), m_upsert(db.connection(), upsertSql()) {}

bool CrmRecordWriter::write(const CrmRecord& record, QString* error)
{
    for (const auto& column : entityMap<CrmRecord>().columns)
        m_upsert.bind(column.read(record));
    if (!m_upsert.exec(error))
        return false;
    if (!m_wrote) {
        m_wrote = true;
        m_db.markChanged(entityMap<CrmRecord>().table);
    }
    return true;
}

} // namespace accord
