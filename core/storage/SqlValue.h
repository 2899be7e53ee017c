#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>
#include <type_traits>

namespace accord::SqlValue {

// How a member of a value type is written to and read from a column. Dates are ISO 8601 text (times in UTC with a
// "Z"), enumerations their stable code, so the file reads the same to any SQL engine or tool.
template <typename M>
struct IsOptional : std::false_type
{
};
template <typename V>
struct IsOptional<std::optional<V>> : std::true_type
{
};

template <typename M>
QVariant toSql(const M& value)
{
    if constexpr (IsOptional<M>::value) {
        return value ? toSql(*value) : QVariant(QMetaType::fromType<typename M::value_type>());
    } else if constexpr (std::is_enum_v<M>) {
        return enumCode(value);
    } else if constexpr (std::is_same_v<M, QDate>) {
        return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
    } else if constexpr (std::is_same_v<M, QDateTime>) {
        return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs))
                               : QVariant(QMetaType::fromType<QString>());
    } else if constexpr (std::is_same_v<M, bool>) {
        return value ? 1 : 0;
    } else if constexpr (std::is_same_v<M, QString>) {
        // Qt's SQL drivers bind a null QString as NULL; text columns hold '' for "nothing written".
        return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
    } else {
        return QVariant::fromValue(value);
    }
}

template <typename M>
M fromSql(const QVariant& value)
{
    if constexpr (IsOptional<M>::value) {
        return value.isNull() ? M() : M(fromSql<typename M::value_type>(value));
    } else if constexpr (std::is_enum_v<M>) {
        return enumFromCode<M>(value.toString()).value_or(M{});
    } else if constexpr (std::is_same_v<M, QDate>) {
        return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
    } else if constexpr (std::is_same_v<M, QDateTime>) {
        if (value.isNull())
            return QDateTime();
        QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return t.toUTC();
    } else if constexpr (std::is_same_v<M, QString>) {
        return value.toString();
    } else {
        return value.value<M>();
    }
}

} // namespace accord::SqlValue
