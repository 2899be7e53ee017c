#include "CrmRecordWriter.h"

#include "Database.h"
#include "Mappings.h"
#include "SqlDialect.h"
#include "domain/CrmRecord.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QStringList>
#include <sqlite3.h>

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

// While a bulk write runs, SQLite keeps up to this many KiB of pages in memory. The default 2 MB is far smaller
// than the indexes of a large import: their pages would be evicted and spilled to the WAL over and over.
constexpr int BulkCacheKiB = 128 * 1024;

sqlite3* nativeConnection(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

CrmRecordWriter::CrmRecordWriter(Database& db)
    : m_db(db), m_sql(upsertSql()), m_connection(nativeConnection(db.connection())),
      m_values(entityMap<CrmRecord>().columns.size()), m_utf8(QStringConverter::Utf8)
{
    if (!m_connection) {
        m_prepareError = QStringLiteral("%1: not an SQLite connection").arg(db.connection().driverName());
        return;
    }
    const QByteArray sql = m_sql.toUtf8();
    if (sqlite3_prepare_v3(m_connection, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_upsert,
                           nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_connection));
        m_upsert = nullptr;
        return;
    }
    m_cacheSize = SqlDialect::cacheSize(db.connection());
    if (m_cacheSize != 0)
        SqlDialect::setCacheSize(db.connection(), -BulkCacheKiB);
}

CrmRecordWriter::~CrmRecordWriter()
{
    sqlite3_finalize(m_upsert);
    if (m_cacheSize != 0)
        SqlDialect::setCacheSize(m_db.connection(), m_cacheSize);
}

bool CrmRecordWriter::fail(QString* error, const QString& reason) const
{
    if (error)
        *error = QCoreApplication::translate("accord::SqlQuery", "The statement “%1” failed: %2")
                     .arg(m_sql.simplified(), reason);
    return false;
}

// Binds as Qt's SQLite driver would: null values and null strings as NULL, numbers as numbers, all else as text.
bool CrmRecordWriter::bind(int index, const QVariant& value, char** text)
{
    const int column = index + 1;
    if (value.isNull())
        return sqlite3_bind_null(m_upsert, column) == SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::Double:
        return sqlite3_bind_double(m_upsert, column, value.toDouble()) == SQLITE_OK;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        return sqlite3_bind_int64(m_upsert, column, value.toLongLong()) == SQLITE_OK;
    case QMetaType::QString: {
        const QString& string = *static_cast<const QString*>(value.constData());
        if (string.isNull())
            return sqlite3_bind_null(m_upsert, column) == SQLITE_OK;
        char* end = m_utf8.appendToBuffer(*text, string);
        const int rc = sqlite3_bind_text(m_upsert, column, *text, int(end - *text), SQLITE_STATIC);
        *text = end;
        return rc == SQLITE_OK;
    }
    default:
        break;
    }
    const QByteArray utf8 = value.toString().toUtf8();
    return sqlite3_bind_text(m_upsert, column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) == SQLITE_OK;
}

bool CrmRecordWriter::write(const CrmRecord& record, QString* error)
{
    if (!m_upsert)
        return fail(error, m_prepareError);
    const auto& columns = entityMap<CrmRecord>().columns;
    // The row's text is bound straight from one buffer, sized up front so that it does not move while bound.
    qsizetype space = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        m_values[i] = columns[i].read(record);
        if (m_values[i].typeId() == QMetaType::QString)
            space += m_utf8.requiredSpace(static_cast<const QString*>(m_values[i].constData())->size());
    }
    if (m_text.size() < space)
        m_text.resize(space);
    char* text = m_text.data();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (!bind(int(i), m_values[i], &text))
            return fail(error, QString::fromUtf8(sqlite3_errmsg(m_connection)));
    }
    const int rc = sqlite3_step(m_upsert);
    const QString reason = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_connection));
    sqlite3_reset(m_upsert);
    if (rc != SQLITE_DONE)
        return fail(error, reason);
    if (!m_wrote) {
        m_wrote = true;
        m_db.markChanged(entityMap<CrmRecord>().table);
    }
    return true;
}

bool CrmRecordWriter::finish(QString* error)
{
    return !m_wrote || SqlDialect::refreshStatistics(m_db.connection(), entityMap<CrmRecord>().table, error);
}

} // namespace accord
