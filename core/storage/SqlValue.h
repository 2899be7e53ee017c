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

// The stored form of a time, "2026-05-01T09:30:00.000Z". QDateTime::toString builds it through its general
// formatting code; an import writes it for every time of every row.
inline QString utcText(const QDateTime& value)
{
    const QDateTime utc = value.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 1000 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    QChar* out = text.data();
    const auto put = [&out](int number, int digits, char after) {
        for (int i = digits - 1; i >= 0; --i, number /= 10)
            out[i] = QChar(char16_t(u'0' + number % 10));
        out += digits;
        *out++ = QLatin1Char(after);
    };
    put(date.year(), 4, '-');
    put(date.month(), 2, '-');
    put(date.day(), 2, 'T');
    put(time.hour(), 2, ':');
    put(time.minute(), 2, ':');
    put(time.second(), 2, '.');
    put(time.msec(), 3, 'Z');
    return text;
}

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
        return value.isValid() ? QVariant(utcText(value)) : QVariant(QMetaType::fromType<QString>());
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
