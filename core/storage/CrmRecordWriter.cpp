#include "CrmRecordWriter.h"

#include "Database.h"
#include "Mappings.h"
#include "SqlDialect.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QStringList>
#include <algorithm>
#include <sqlite3.h>

namespace accord {
namespace {

// INSERT … ON CONFLICT … DO UPDATE reads the same in SQLite (3.24 and later) and PostgreSQL. A record that comes
// twice in one statement is added, then updated, as it would be by two statements.
QString upsertSql(int rows)
{
    const EntityMap<CrmRecord>& map = entityMap<CrmRecord>();
    QStringList names;
    QStringList updates;
    for (const auto& column : map.columns) {
        names << column.name;
        if (column.name != QLatin1String("kind") && column.name != QLatin1String("external_id"))
            updates << QStringLiteral("%1 = excluded.%1").arg(column.name);
    }
    const QString row =
        QStringLiteral("(%1)").arg(QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3 ON CONFLICT (kind, external_id) DO UPDATE SET %4")
        .arg(map.table, names.join(QStringLiteral(", ")), QStringList(rows, row).join(QLatin1Char(',')),
             updates.join(QStringLiteral(", ")));
}

// The member behind each column of entityMap<CrmRecord>, bound by its type. The entity map reads every value
// through a QVariant, which costs more than the rest of a row's work; its column names stay the one list of
// columns, and a column missing here is an error the first import reports.
const std::pair<const char*, CrmRecordWriter::Member> Members[] = {
    {"kind", &CrmRecord::kind},
    {"external_id", &CrmRecord::externalId},
    {"parent_external_id", &CrmRecord::parentExternalId},
    {"created_at", &CrmRecord::createdAt},
    {"source", &CrmRecord::source},
    {"segment", &CrmRecord::segment},
    {"owner", &CrmRecord::owner},
    {"team", &CrmRecord::team},
    {"stage_reached", &CrmRecord::stageReached},
    {"inquiry_at", &CrmRecord::inquiryAt},
    {"mql_at", &CrmRecord::mqlAt},
    {"sal_at", &CrmRecord::salAt},
    {"sql_at", &CrmRecord::sqlAt},
    {"opportunity_at", &CrmRecord::opportunityAt},
    {"first_touch_at", &CrmRecord::firstTouchAt},
    {"reject_reason", &CrmRecord::rejectReason},
    {"won_at", &CrmRecord::wonAt},
    {"lost_at", &CrmRecord::lostAt},
    {"amount", &CrmRecord::amount},
    {"close_date", &CrmRecord::closeDate},
    {"import_id", &CrmRecord::importId},
};

// While a bulk write runs, SQLite keeps up to this many KiB of pages in memory. The default 2 MB is far smaller
// than the key index of a large import, whose pages would be evicted and read back over and over when the ids come
// in no order; this holds the index of a million records. (Four times as much measured slower: every page of a
// cache is memory the system must first hand over.)
constexpr int BulkCacheKiB = 32 * 1024;

// PRAGMA temp_store's value for memory.
constexpr int MemoryTempStore = 2;

// A date's ISO 8601 form fits this many bytes whatever its year.
constexpr qsizetype MaxDateBytes = 16;

sqlite3* nativeConnection(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

char* writeDigits(char* out, int number, int digits)
{
    for (int i = digits - 1; i >= 0; --i, number /= 10)
        out[i] = char('0' + number % 10);
    return out + digits;
}

char* writeLatin1(const QString& text, char* out)
{
    for (const QChar c : text)
        *out++ = char(c.unicode());
    return out;
}

template <class... F> struct Overloaded : F...
{
    using F::operator()...;
};
template <class... F> Overloaded(F...) -> Overloaded<F...>;

} // namespace

CrmRecordWriter::CrmRecordWriter(Database& db)
    : m_db(db), m_sql(upsertSql(1)), m_connection(nativeConnection(db.connection())), m_utf8(QStringConverter::Utf8)
{
    if (!m_connection) {
        m_prepareError = QStringLiteral("%1: not an SQLite connection").arg(db.connection().driverName());
        return;
    }
    for (const auto& column : entityMap<CrmRecord>().columns) {
        const auto found = std::find_if(std::begin(Members), std::end(Members),
                                        [&](const auto& member) { return column.name == QLatin1String(member.first); });
        if (found == std::end(Members)) {
            m_prepareError = QStringLiteral("no member is bound to the column %1").arg(column.name);
            return;
        }
        m_members << found->second;
    }
    m_upsert = prepare(1);
    m_batchUpsert = m_upsert ? prepare(BatchRows) : nullptr;
    if (!m_batchUpsert)
        return;
    m_cacheSize = SqlDialect::cacheSize(db.connection());
    if (m_cacheSize != 0)
        SqlDialect::setCacheSize(db.connection(), -BulkCacheKiB);
    // Each upsert keeps a statement journal of the pages it changes, so that a failing row can be undone alone.
    // Kept in a file, that is two writes to disk per page per row, most of an import's time; in memory it is a copy.
    // (SQLite refuses the change when the connection already holds temporary tables; the import is then slower.)
    const QVariant tempStore = SqlQuery::scalar(db.connection(), QStringLiteral("PRAGMA temp_store"));
    if (tempStore.isValid() && tempStore.toInt() != MemoryTempStore &&
        SqlQuery::run(db.connection(), QStringLiteral("PRAGMA temp_store = %1").arg(MemoryTempStore)))
        m_tempStore = tempStore.toInt();
}

sqlite3_stmt* CrmRecordWriter::prepare(int rows)
{
    const QByteArray sql = upsertSql(rows).toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(m_connection, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) == SQLITE_OK)
        return statement;
    m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_connection));
    sqlite3_finalize(statement);
    return nullptr;
}

CrmRecordWriter::~CrmRecordWriter()
{
    sqlite3_finalize(m_upsert);
    sqlite3_finalize(m_batchUpsert);
    if (m_cacheSize != 0)
        SqlDialect::setCacheSize(m_db.connection(), m_cacheSize);
    if (m_tempStore >= 0)
        SqlQuery::run(m_db.connection(), QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
}

bool CrmRecordWriter::fail(QString* error, const QString& reason) const
{
    if (error)
        *error = QCoreApplication::translate("accord::SqlQuery", "The statement “%1” failed: %2")
                     .arg(m_sql.simplified(), reason);
    return false;
}

char* CrmRecordWriter::writeUtcTime(const QDateTime& value, char* out)
{
    // Days since 1970-01-01 to a civil date (H. Hinnant's days_from_civil inverted); QDate's calendar is the same
    // proleptic Gregorian one.
    const qint64 msecs = value.toMSecsSinceEpoch();
    constexpr qint64 MSecsPerDay = 86400000;
    const qint64 days = msecs >= 0 ? msecs / MSecsPerDay : (msecs - MSecsPerDay + 1) / MSecsPerDay;
    const qint64 ofDay = msecs - days * MSecsPerDay;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const int month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2);
    // Other years are written as Qt writes them, signs and all.
    if (year < 1000 || year > 9999)
        return writeLatin1(SqlValue::utcText(value), out);
    out = writeDigits(out, int(year), 4);
    *out++ = '-';
    out = writeDigits(out, month, 2);
    *out++ = '-';
    out = writeDigits(out, day, 2);
    *out++ = 'T';
    out = writeDigits(out, int(ofDay / 3600000), 2);
    *out++ = ':';
    out = writeDigits(out, int(ofDay / 60000 % 60), 2);
    *out++ = ':';
    out = writeDigits(out, int(ofDay / 1000 % 60), 2);
    *out++ = '.';
    out = writeDigits(out, int(ofDay % 1000), 3);
    *out++ = 'Z';
    return out;
}

char* CrmRecordWriter::reserve(qsizetype bytes)
{
    const qsizetype at = m_text.size();
    m_text.resize(at + bytes);
    return m_text.data() + at;
}

// Keeps a value as SqlValue::toSql and Qt's SQLite driver would bind it: invalid times and dates and reference 0 as
// NULL, enumerations as their code, numbers as numbers, text as text ('' for a null string).
void CrmRecordWriter::collect(const Member& member, const CrmRecord& record)
{
    Value value;
    const auto text = [&](qsizetype reserved, const auto& write) {
        char* start = reserve(reserved);
        const char* end = write(start);
        value.type = Value::Type::Text;
        value.offset = start - m_text.constData();
        value.size = int(end - start);
        m_text.truncate(end - m_text.constData());
    };
    std::visit(Overloaded{
                   [&](QString CrmRecord::*m) {
                       const QString& string = record.*m;
                       text(m_utf8.requiredSpace(string.size()),
                            [&](char* out) { return m_utf8.appendToBuffer(out, string); });
                   },
                   [&](QDateTime CrmRecord::*m) {
                       const QDateTime& time = record.*m;
                       if (time.isValid())
                           text(MaxTimeBytes, [&](char* out) { return writeUtcTime(time, out); });
                   },
                   [&](QDate CrmRecord::*m) {
                       const QDate& date = record.*m;
                       if (!date.isValid())
                           return;
                       int year = 0;
                       int month = 0;
                       int day = 0;
                       date.getDate(&year, &month, &day);
                       text(MaxDateBytes, [&](char* out) {
                           if (year < 1000 || year > 9999)
                               return writeLatin1(date.toString(Qt::ISODate), out);
                           out = writeDigits(out, year, 4);
                           *out++ = '-';
                           out = writeDigits(out, month, 2);
                           *out++ = '-';
                           return writeDigits(out, day, 2);
                       });
                   },
                   [&](double CrmRecord::*m) {
                       value.type = Value::Type::Real;
                       value.real = record.*m;
                   },
                   [&](qint64 CrmRecord::*m) {
                       if (record.*m == 0)
                           return;
                       value.type = Value::Type::Integer;
                       value.integer = record.*m;
                   },
                   [&](CrmRecordKind CrmRecord::*m) {
                       const auto code = EnumCodes<CrmRecordKind>::codes.at(std::size_t(record.*m));
                       value.type = Value::Type::StaticText;
                       value.staticText = code.data();
                       value.size = int(code.size());
                   },
               },
               member);
    m_values.append(value);
}

bool CrmRecordWriter::run(sqlite3_stmt* statement, qsizetype firstRow, int rows, QString* error)
{
    const qsizetype first = firstRow * m_members.size();
    const qsizetype count = rows * m_members.size();
    for (qsizetype i = 0; i < count; ++i) {
        const Value& value = m_values[first + i];
        const int column = int(i + 1);
        int rc = SQLITE_OK;
        switch (value.type) {
        case Value::Type::Null:
            rc = sqlite3_bind_null(statement, column);
            break;
        case Value::Type::Text:
            rc = sqlite3_bind_text(statement, column, m_text.constData() + value.offset, value.size, SQLITE_STATIC);
            break;
        case Value::Type::StaticText:
            rc = sqlite3_bind_text(statement, column, value.staticText, value.size, SQLITE_STATIC);
            break;
        case Value::Type::Real:
            rc = sqlite3_bind_double(statement, column, value.real);
            break;
        case Value::Type::Integer:
            rc = sqlite3_bind_int64(statement, column, value.integer);
            break;
        }
        if (rc != SQLITE_OK)
            return fail(error, QString::fromUtf8(sqlite3_errmsg(m_connection)));
    }
    const int rc = sqlite3_step(statement);
    const QString reason = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_connection));
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        return fail(error, reason);
    if (m_written == 0)
        m_db.markChanged(entityMap<CrmRecord>().table);
    m_written += rows;
    return true;
}

// Writes the rows collected so far: a full batch in one statement, fewer one by one.
bool CrmRecordWriter::flush(QString* error)
{
    const auto rows = int(m_values.size() / m_members.size());
    if (rows == BatchRows) {
        if (!run(m_batchUpsert, 0, rows, error))
            return false;
    } else {
        for (int row = 0; row < rows; ++row)
            if (!run(m_upsert, row, 1, error))
                return false;
    }
    m_values.resize(0);
    m_text.resize(0);
    return true;
}

bool CrmRecordWriter::write(const CrmRecord& record, QString* error)
{
    if (!m_batchUpsert)
        return fail(error, m_prepareError);
    for (const Member& member : std::as_const(m_members))
        collect(member, record);
    return m_values.size() < BatchRows * m_members.size() || flush(error);
}

bool CrmRecordWriter::finish(QString* error)
{
    if (!m_batchUpsert)
        return fail(error, m_prepareError);
    if (!flush(error))
        return false;
    if (m_written == 0)
        return true;
    return SqlDialect::refreshStatistics(m_db.connection(), entityMap<CrmRecord>().table, error);
}

} // namespace accord
