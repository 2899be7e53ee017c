#pragma once

#include "Database.h"
#include "EntityMap.h"
#include "Mappings.h"
#include "Filter.h"
#include "SqlQuery.h"
#include "Transaction.h"
#include "workspace/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace accord {

// Create, read, update, delete and list for any value type described by an EntityMap. All its SQL is built from
// the map's column names and binds every value.
template <typename T>
class Repository
{
public:
    explicit Repository(Database& db)
        : m_db(db)
        , m_map(entityMap<T>())
    {
    }

    std::optional<T> find(Id id, QString* error = nullptr) const
    {
        Filter filter;
        filter.where("id", id);
        const QList<T> rows = list(filter, error);
        if (rows.isEmpty())
            return std::nullopt;
        return rows.first();
    }

    QList<T> list(const Filter& filter = {}, QString* error = nullptr) const
    {
        QList<T> rows;
        QString where;
        QString order;
        if (!buildClauses(filter, &where, &order, error))
            return rows;
        QString sql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                          .arg(selectList(), m_map.table, where, order.isEmpty() ? m_map.defaultOrder : order);
        if (filter.limit >= 0)
            sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
        SqlQuery query(m_db.connection(), sql);
        for (const Filter::Condition& c : filter.conditions)
            if (!c.op.startsWith(QLatin1String("IS")))
                query.bind(c.value);
        if (!query.exec(error))
            return rows;
        while (query.next())
            rows.append(fromRow(query));
        if (!m_map.links.isEmpty() && !rows.isEmpty() && !readLinks(rows, error))
            return {};
        return rows;
    }

    int count(const Filter& filter = {}, QString* error = nullptr) const
    {
        QString where;
        QString order;
        if (!buildClauses(filter, &where, &order, error))
            return -1;
        SqlQuery query(m_db.connection(), QStringLiteral("SELECT count(*) FROM %1%2").arg(m_map.table, where));
        for (const Filter::Condition& c : filter.conditions)
            if (!c.op.startsWith(QLatin1String("IS")))
                query.bind(c.value);
        if (!query.exec(error) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    // Adds a new row, stamps who created it and when, and sets item.id.
    bool insert(T& item, QString* error = nullptr)
    {
        if (m_map.audit) {
            AuditInfo& audit = item.*(m_map.audit);
            audit.createdAt = audit.updatedAt = m_db.clock().now();
            audit.createdBy = audit.updatedBy = m_db.user();
        }
        item.id = 0;
        return write(item, Write::Insert, error);
    }

    // Puts back a row exactly as it was (same id and audit stamps), for undo.
    bool restore(const T& item, QString* error = nullptr)
    {
        T copy = item;
        return write(copy, Write::Restore, error);
    }

    bool update(T& item, QString* error = nullptr)
    {
        if (m_map.audit) {
            AuditInfo& audit = item.*(m_map.audit);
            audit.updatedAt = m_db.clock().now();
            audit.updatedBy = m_db.user();
        }
        return write(item, Write::Update, error);
    }

    bool remove(Id id, QString* error = nullptr)
    {
        Transaction transaction(m_db);
        SqlQuery query(m_db.connection(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_map.table));
        query.bind(id);
        if (!query.exec(error) || !logChange(id, QStringLiteral("delete"), error) || !transaction.commit(error))
            return false;
        m_db.markChanged(m_map.table);
        return true;
    }

private:
    enum class Write { Insert, Restore, Update };

    QString selectList() const
    {
        QStringList names{QStringLiteral("id")};
        for (const auto& c : m_map.columns)
            names << c.name;
        if (m_map.audit)
            names << QStringLiteral("created_at") << QStringLiteral("created_by") << QStringLiteral("updated_at")
                  << QStringLiteral("updated_by");
        return names.join(QStringLiteral(", "));
    }

    T fromRow(const SqlQuery& query) const
    {
        T item;
        item.id = query.value(0).toLongLong();
        int i = 1;
        for (const auto& c : m_map.columns)
            c.write(item, query.value(i++));
        if (m_map.audit) {
            AuditInfo& audit = item.*(m_map.audit);
            audit.createdAt = SqlValue::fromSql<QDateTime>(query.value(i++));
            audit.createdBy = query.value(i++).toString();
            audit.updatedAt = SqlValue::fromSql<QDateTime>(query.value(i++));
            audit.updatedBy = query.value(i++).toString();
        }
        return item;
    }

    bool buildClauses(const Filter& filter, QString* where, QString* order, QString* error) const
    {
        static const QStringList ops{QStringLiteral("="),  QStringLiteral("<>"),      QStringLiteral("<"),
                                     QStringLiteral("<="), QStringLiteral(">"),       QStringLiteral(">="),
                                     QStringLiteral("LIKE"), QStringLiteral("IS NULL"), QStringLiteral("IS NOT NULL")};
        QStringList parts;
        for (const Filter::Condition& c : filter.conditions) {
            if (!m_map.hasColumn(c.column) || !ops.contains(c.op))
                return fail(error, c.column + QLatin1Char(' ') + c.op);
            parts << (c.op.startsWith(QLatin1String("IS")) ? QStringLiteral("%1 %2").arg(c.column, c.op)
                                                           : QStringLiteral("%1 %2 ?").arg(c.column, c.op));
        }
        if (!parts.isEmpty())
            *where = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
        if (!filter.orderBy.isEmpty()) {
            for (const QString& term : filter.orderBy.split(QLatin1Char(','))) {
                const QStringList words = term.simplified().split(QLatin1Char(' '));
                const bool directionOk = words.size() == 1
                    || (words.size() == 2
                        && (words[1].compare(QLatin1String("DESC"), Qt::CaseInsensitive) == 0
                            || words[1].compare(QLatin1String("ASC"), Qt::CaseInsensitive) == 0));
                if (!m_map.hasColumn(words.first()) || !directionOk)
                    return fail(error, term);
            }
            *order = filter.orderBy;
        }
        return true;
    }

    bool fail(QString* error, const QString& what) const
    {
        if (error)
            *error = QCoreApplication::translate("accord::Repository", "“%1” is not a condition on %2.")
                         .arg(what, m_map.table);
        return false;
    }

    bool readLinks(QList<T>& rows, QString* error) const
    {
        QHash<Id, qsizetype> indexOf;
        for (qsizetype i = 0; i < rows.size(); ++i)
            indexOf.insert(rows[i].id, i);
        const QList<Id> ids = indexOf.keys();
        // SQLite allows a limited number of bound parameters per statement; read the links in slices.
        constexpr qsizetype slice = 500;
        for (const auto& l : m_map.links) {
            for (qsizetype start = 0; start < ids.size(); start += slice) {
                const QList<Id> part = ids.mid(start, slice);
                QStringList marks(part.size(), QStringLiteral("?"));
                SqlQuery query(m_db.connection(),
                               QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 IN (%4) ORDER BY %1, position")
                                   .arg(l.ownerColumn, l.valueColumn, l.table, marks.join(QLatin1Char(','))));
                for (Id id : part)
                    query.bind(id);
                if (!query.exec(error))
                    return false;
                while (query.next())
                    (rows[indexOf.value(query.value(0).toLongLong())].*(l.member)).append(query.value(1).toLongLong());
            }
        }
        return true;
    }

    bool write(T& item, Write mode, QString* error)
    {
        Transaction transaction(m_db);
        QStringList names;
        QVariantList values;
        if (mode == Write::Restore) {
            names << QStringLiteral("id");
            values << item.id;
        }
        for (const auto& c : m_map.columns) {
            names << c.name;
            values << c.read(item);
        }
        if (m_map.audit) {
            const AuditInfo& audit = item.*(m_map.audit);
            names << QStringLiteral("created_at") << QStringLiteral("created_by") << QStringLiteral("updated_at")
                  << QStringLiteral("updated_by");
            values << SqlValue::toSql(audit.createdAt) << audit.createdBy << SqlValue::toSql(audit.updatedAt)
                   << audit.updatedBy;
        }
        QString sql;
        if (mode == Write::Update) {
            if (m_map.audit) {
                // The creation stamp never changes after the first write.
                values.remove(names.indexOf(QStringLiteral("created_by")));
                names.removeOne(QStringLiteral("created_by"));
                values.remove(names.indexOf(QStringLiteral("created_at")));
                names.removeOne(QStringLiteral("created_at"));
            }
            sql = QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(m_map.table, names.join(QStringLiteral(" = ?, ")));
            values << item.id;
        } else {
            sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(m_map.table, names.join(QStringLiteral(", ")),
                           QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        }
        SqlQuery query(m_db.connection(), sql);
        for (const QVariant& v : std::as_const(values))
            query.bind(v);
        if (!query.exec(error))
            return false;
        if (mode == Write::Update && query.rowsAffected() != 1) {
            if (error)
                *error = QCoreApplication::translate("accord::Repository", "There is no record %1 in %2 any more.")
                             .arg(item.id)
                             .arg(m_map.table);
            return false;
        }
        if (mode == Write::Insert)
            item.id = query.lastInsertId().toLongLong();
        if (!writeLinks(item, mode == Write::Update, error))
            return false;
        static const QString changes[] = {QStringLiteral("create"), QStringLiteral("restore"),
                                          QStringLiteral("update")};
        if (!logChange(item.id, changes[int(mode)], error) || !transaction.commit(error))
            return false;
        m_db.markChanged(m_map.table);
        return true;
    }

    bool writeLinks(const T& item, bool replace, QString* error)
    {
        for (const auto& l : m_map.links) {
            if (replace) {
                SqlQuery clear(m_db.connection(), QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(l.table, l.ownerColumn));
                clear.bind(item.id);
                if (!clear.exec(error))
                    return false;
            }
            int position = 0;
            for (Id value : item.*(l.member)) {
                SqlQuery add(m_db.connection(), QStringLiteral("INSERT INTO %1 (%2, %3, position) VALUES (?, ?, ?)")
                                                    .arg(l.table, l.ownerColumn, l.valueColumn));
                add.bind(item.id).bind(value).bind(position++);
                if (!add.exec(error))
                    return false;
            }
        }
        return true;
    }

    bool logChange(Id id, const QString& change, QString* error)
    {
        if (!m_map.audit)
            return true;
        SqlQuery log(m_db.connection(), QStringLiteral("INSERT INTO change_log (entity, entity_id, change, changed_at, "
                                                       "changed_by) VALUES (?, ?, ?, ?, ?)"));
        log.bind(m_map.entityName).bind(id).bind(change).bind(SqlValue::toSql(m_db.clock().now())).bind(m_db.user());
        return log.exec(error);
    }

    Database& m_db;
    const EntityMap<T>& m_map;
};

} // namespace accord
