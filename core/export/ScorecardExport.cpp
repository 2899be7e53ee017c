#include "ScorecardExport.h"

#include "CsvWriter.h"

#include <QJsonObject>
#include <QTextStream>

namespace accord::ScorecardExport {
namespace {

QJsonValue number(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString text(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 4) : QString();
}

} // namespace

QString ragCode(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QStringLiteral("red");
    case Rag::Amber:
        return QStringLiteral("amber");
    case Rag::Green:
        return QStringLiteral("green");
    case Rag::None:
        break;
    }
    return QString();
}

QJsonArray toJson(const QList<ScorecardRow>& rows)
{
    QJsonArray array;
    for (const ScorecardRow& row : rows) {
        QJsonArray cells;
        for (const ScorecardCell& cell : row.cells)
            cells.append(QJsonObject{{QStringLiteral("period"), cell.period},
                                     {QStringLiteral("value"), number(cell.value)},
                                     {QStringLiteral("records"), cell.records},
                                     {QStringLiteral("status"), ragCode(Scorecard::rag(row.metric, cell.value))},
                                     {QStringLiteral("definition_changed"), cell.definitionChanged}});
        array.append(QJsonObject{{QStringLiteral("metric"), row.metric.code},
                                 {QStringLiteral("name"), row.metric.name},
                                 {QStringLiteral("unit"), row.metric.unit},
                                 {QStringLiteral("version"), row.metric.version},
                                 {QStringLiteral("group"), row.group},
                                 {QStringLiteral("target"), row.metric.target},
                                 {QStringLiteral("amber_threshold"), row.metric.amberThreshold},
                                 {QStringLiteral("latest"), number(row.latest())},
                                 {QStringLiteral("change"), number(row.change())},
                                 {QStringLiteral("status"), ragCode(row.status())},
                                 {QStringLiteral("periods"), cells}});
    }
    return array;
}

void writeCsv(const QList<ScorecardRow>& rows, QTextStream& out)
{
    CsvWriter csv(out);
    csv.writeRow({QStringLiteral("metric"), QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("group"),
                  QStringLiteral("period"), QStringLiteral("value"), QStringLiteral("records"),
                  QStringLiteral("target"), QStringLiteral("status"), QStringLiteral("definition_changed")});
    for (const ScorecardRow& row : rows)
        for (const ScorecardCell& cell : row.cells)
            csv.writeRow({row.metric.code, row.metric.name, row.metric.unit, row.group, cell.period, text(cell.value),
                          QString::number(cell.records), QString::number(row.metric.target, 'g', 15),
                          ragCode(Scorecard::rag(row.metric, cell.value)),
                          cell.definitionChanged ? QStringLiteral("true") : QStringLiteral("false")});
}

} // namespace accord::ScorecardExport
