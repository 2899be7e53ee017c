#include "CaseExport.h"

#include "CsvWriter.h"

#include <QJsonObject>
#include <QTextStream>

namespace accord::CaseExport {
namespace {

// One ordered list of fields serves both formats, so JSON and CSV never disagree.
struct Field
{
    const char* name;
    QJsonValue (*value)(const CaseSummary&);
};

const Field kFields[] = {
    {"id", [](const CaseSummary& c) { return QJsonValue(c.id); }},
    {"title", [](const CaseSummary& c) { return QJsonValue(c.title); }},
    {"stage", [](const CaseSummary& c) { return QJsonValue(enumCode(c.stage)); }},
    {"status", [](const CaseSummary& c) { return QJsonValue(enumCode(c.status)); }},
    {"friction_type", [](const CaseSummary& c) { return QJsonValue(c.frictionType); }},
    {"teams", [](const CaseSummary& c) { return QJsonValue(QJsonArray::fromStringList(c.teams)); }},
    {"severity", [](const CaseSummary& c) { return QJsonValue(c.severity); }},
    {"revenue_at_risk", [](const CaseSummary& c) { return QJsonValue(c.revenueAtRisk); }},
    {"decision_owner", [](const CaseSummary& c) { return QJsonValue(c.decisionOwner); }},
    {"updated_at", [](const CaseSummary& c) { return QJsonValue(c.updatedAt.toString(Qt::ISODate)); }},
    {"archived", [](const CaseSummary& c) { return QJsonValue(c.archived); }},
};

QString csvText(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts << v.toString();
        return parts.join(QStringLiteral("; "));
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

QJsonArray toJson(const QList<CaseSummary>& cases)
{
    QJsonArray array;
    for (const CaseSummary& c : cases) {
        QJsonObject object;
        for (const Field& field : kFields)
            object.insert(QLatin1String(field.name), field.value(c));
        array.append(object);
    }
    return array;
}

void writeCsv(const QList<CaseSummary>& cases, QTextStream& out)
{
    CsvWriter csv(out);
    QStringList header;
    for (const Field& field : kFields)
        header << QLatin1String(field.name);
    csv.writeRow(header);
    for (const CaseSummary& c : cases) {
        QStringList row;
        for (const Field& field : kFields)
            row << csvText(field.value(c));
        csv.writeRow(row);
    }
}

} // namespace accord::CaseExport
