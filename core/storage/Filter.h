#pragma once

#include "SqlValue.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace accord {

// Which rows a repository lists: column conditions (ANDed, values bound), an order and a limit. Column names are
// checked against the entity's map, so nothing a user typed ever becomes SQL text.
struct Filter
{
    struct Condition
    {
        QString column;
        QString op; // =, <>, <, <=, >, >=, LIKE, IS NULL, IS NOT NULL
        QVariant value;
    };

    QList<Condition> conditions;
    QString orderBy;
    int limit = -1;

    template <typename V>
    Filter& where(const char* column, const V& value, const char* op = "=")
    {
        conditions.append({QString::fromLatin1(column), QString::fromLatin1(op), SqlValue::toSql(value)});
        return *this;
    }
    Filter& whereNull(const char* column)
    {
        conditions.append({QString::fromLatin1(column), QStringLiteral("IS NULL"), {}});
        return *this;
    }
    Filter& order(const char* orderBy_)
    {
        orderBy = QString::fromLatin1(orderBy_);
        return *this;
    }
    Filter& first(int n)
    {
        limit = n;
        return *this;
    }
};

} // namespace accord
