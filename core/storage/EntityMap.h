#pragma once

#include "SqlValue.h"
#include "domain/AuditInfo.h"
#include "domain/Id.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace accord {

// How one value type is stored: its table, its columns, the id lists kept in link tables, and whether its rows
// carry audit columns. Repository<T> does all reading and writing from this description, so adding a field is
// one line here and one column in a migration.
template <typename T>
struct EntityMap
{
    struct Column
    {
        QString name;
        std::function<QVariant(const T&)> read;
        std::function<void(T&, const QVariant&)> write;
    };
    struct Link
    {
        QString table;
        QString ownerColumn;
        QString valueColumn;
        QList<Id> T::*member;
    };

    QString table;
    QString entityName; // for the change log
    QList<Column> columns;
    QList<Link> links;
    AuditInfo T::*audit = nullptr;
    QString defaultOrder = QStringLiteral("id");

    bool hasColumn(const QString& name) const
    {
        if (name == QLatin1String("id"))
            return true;
        for (const Column& c : columns)
            if (c.name == name)
                return true;
        if (audit)
            return name == QLatin1String("created_at") || name == QLatin1String("updated_at")
                || name == QLatin1String("created_by") || name == QLatin1String("updated_by");
        return false;
    }
};

// A plain column for a member (strings, numbers, dates, enumerations).
template <typename T, typename C, typename M>
typename EntityMap<T>::Column column(const char* name, M C::*member)
{
    M T::*m = member;
    return {QString::fromLatin1(name), [m](const T& t) { return SqlValue::toSql(t.*m); },
            [m](T& t, const QVariant& v) { t.*m = SqlValue::fromSql<M>(v); }};
}

// A reference to another row: 0 is written as NULL.
template <typename T, typename C>
typename EntityMap<T>::Column reference(const char* name, Id C::*member)
{
    Id T::*m = member;
    return {QString::fromLatin1(name),
            [m](const T& t) { return t.*m ? QVariant(t.*m) : QVariant(QMetaType::fromType<qint64>()); },
            [m](T& t, const QVariant& v) { t.*m = v.isNull() ? 0 : v.toLongLong(); }};
}

template <typename T, typename C>
typename EntityMap<T>::Link link(const char* table, const char* ownerColumn, const char* valueColumn,
                                 QList<Id> C::*member)
{
    return {QString::fromLatin1(table), QString::fromLatin1(ownerColumn), QString::fromLatin1(valueColumn), member};
}

// Defined once per value type in Mappings.cpp.
template <typename T>
const EntityMap<T>& entityMap();

} // namespace accord
