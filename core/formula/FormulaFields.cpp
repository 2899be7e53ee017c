#include "FormulaFields.h"

#include <QCoreApplication>

namespace accord::FormulaFields {

const QList<Field>& all()
{
    static const QList<Field> fields{
        {"external_id", Type::Text},
        {"parent_external_id", Type::Text},
        {"created_at", Type::Timestamp},
        {"source", Type::Text},
        {"segment", Type::Text},
        {"owner", Type::Text},
        {"team", Type::Text},
        {"stage_reached", Type::Text},
        {"inquiry_at", Type::Timestamp},
        {"mql_at", Type::Timestamp},
        {"sal_at", Type::Timestamp},
        {"sql_at", Type::Timestamp},
        {"opportunity_at", Type::Timestamp},
        {"first_touch_at", Type::Timestamp},
        {"reject_reason", Type::Text},
        {"won_at", Type::Timestamp},
        {"lost_at", Type::Timestamp},
        {"closed_at", Type::Timestamp},
        {"amount", Type::Number},
        {"close_date", Type::Date},
    };
    return fields;
}

const Field* find(const QString& name)
{
    for (const Field& field : all())
        if (name == QLatin1String(field.name))
            return &field;
    return nullptr;
}

QStringList names()
{
    QStringList result;
    for (const Field& field : all())
        result << QString::fromLatin1(field.name);
    return result;
}

QString typeName(Type type)
{
    switch (type) {
    case Type::Text:
        return QCoreApplication::translate("accord::FormulaFields", "text");
    case Type::Number:
        return QCoreApplication::translate("accord::FormulaFields", "number");
    case Type::Timestamp:
        return QCoreApplication::translate("accord::FormulaFields", "time");
    case Type::Date:
        return QCoreApplication::translate("accord::FormulaFields", "date");
    }
    return {};
}

} // namespace accord::FormulaFields
