#include "GlossaryExport.h"

#include "CsvWriter.h"
#include "domain/FunnelStage.h"
#include "domain/Team.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace accord::GlossaryExport {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::GlossaryExport", text);
}

template <typename T>
QHash<Id, QString> namesById(Workspace& workspace, QString* error)
{
    QHash<Id, QString> names;
    for (const T& row : workspace.repository<T>().list({}, error))
        names.insert(row.id, row.name);
    return names;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 12);
}

// Markdown table cells cannot hold a pipe or a line break.
QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

QList<GlossaryEntry> entries(Workspace& workspace, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    const QHash<Id, QString> teams = namesById<Team>(workspace, err);
    const QHash<Id, QString> stages = namesById<FunnelStage>(workspace, err);
    QHash<Id, QList<MetricVersion>> versions;
    Filter byVersion;
    byVersion.order("metric_id, version");
    for (const MetricVersion& v : workspace.repository<MetricVersion>().list(byVersion, err))
        versions[v.metricId].append(v);
    QList<GlossaryEntry> list;
    for (const Metric& m : workspace.repository<Metric>().list({}, err)) {
        QStringList stageNames;
        for (Id stage : m.funnelStageIds)
            stageNames << stages.value(stage);
        list.append({m, teams.value(m.ownerTeamId), stageNames.join(QStringLiteral(", ")), versions.value(m.id)});
    }
    return err->isEmpty() ? list : QList<GlossaryEntry>();
}

QJsonArray toJson(const QList<GlossaryEntry>& entries)
{
    QJsonArray array;
    for (const GlossaryEntry& e : entries) {
        QJsonArray history;
        for (const MetricVersion& v : e.versions)
            history.append(QJsonObject{{QStringLiteral("version"), v.version},
                                       {QStringLiteral("definition"), v.definition},
                                       {QStringLiteral("formula"), v.formula},
                                       {QStringLiteral("changed_at"), v.changedAt.toString(Qt::ISODate)},
                                       {QStringLiteral("changed_by"), v.changedBy},
                                       {QStringLiteral("reason"), v.reason},
                                       {QStringLiteral("decision_id"), v.decisionId ? QJsonValue(v.decisionId)
                                                                                    : QJsonValue()}});
        const Metric& m = e.metric;
        array.append(QJsonObject{{QStringLiteral("code"), m.code},
                                 {QStringLiteral("name"), m.name},
                                 {QStringLiteral("definition"), m.definition},
                                 {QStringLiteral("formula"), m.formula},
                                 {QStringLiteral("unit"), m.unit},
                                 {QStringLiteral("direction"), enumCode(m.direction)},
                                 {QStringLiteral("target"), m.target},
                                 {QStringLiteral("amber_threshold"), m.amberThreshold},
                                 {QStringLiteral("owner_team"), e.ownerTeam},
                                 {QStringLiteral("source_system"), m.sourceSystem},
                                 {QStringLiteral("funnel_stages"), e.funnelStages},
                                 {QStringLiteral("source"), enumCode(m.source)},
                                 {QStringLiteral("status"), enumCode(m.status)},
                                 {QStringLiteral("version"), m.version},
                                 {QStringLiteral("versions"), history}});
    }
    return array;
}

void writeCsv(const QList<GlossaryEntry>& entries, QTextStream& out)
{
    CsvWriter csv(out);
    csv.writeRow({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("definition"), QStringLiteral("formula"),
                  QStringLiteral("unit"), QStringLiteral("direction"), QStringLiteral("target"),
                  QStringLiteral("amber_threshold"), QStringLiteral("owner_team"), QStringLiteral("source_system"),
                  QStringLiteral("funnel_stages"), QStringLiteral("status"), QStringLiteral("version"),
                  QStringLiteral("last_changed_at"), QStringLiteral("last_changed_by")});
    for (const GlossaryEntry& e : entries) {
        const Metric& m = e.metric;
        const MetricVersion last = e.versions.isEmpty() ? MetricVersion{} : e.versions.last();
        csv.writeRow({m.code, m.name, m.definition, m.formula, m.unit, enumCode(m.direction), formatNumber(m.target),
                      formatNumber(m.amberThreshold), e.ownerTeam, m.sourceSystem, e.funnelStages, enumCode(m.status),
                      QString::number(m.version), last.changedAt.toString(Qt::ISODate), last.changedBy});
    }
}

void writeMarkdown(const QList<GlossaryEntry>& entries, const QString& title, QTextStream& out)
{
    out << "# " << tr("Metric glossary — %1").arg(title) << "\n\n";
    out << tr("Frozen definitions change only through a recorded decision; drafts are still being agreed.") << "\n";
    for (const GlossaryEntry& e : entries) {
        const Metric& m = e.metric;
        out << "\n## " << m.name << "\n\n";
        out << m.definition << "\n\n";
        out << "| " << tr("Field") << " | " << tr("Value") << " |\n|---|---|\n";
        const QList<std::pair<QString, QString>> rows{
            {tr("Status"), tr("%1, version %2").arg(displayName(m.status)).arg(m.version)},
            {tr("Formula"), m.formula.isEmpty() ? tr("entered by hand") : QStringLiteral("`%1`").arg(m.formula)},
            {tr("Unit"), m.unit},
            {tr("Direction"), displayName(m.direction)},
            {tr("Target"), formatNumber(m.target)},
            {tr("Amber threshold"), formatNumber(m.amberThreshold)},
            {tr("Owner team"), e.ownerTeam},
            {tr("Source system"), m.sourceSystem},
            {tr("Funnel stages"), e.funnelStages},
        };
        for (const auto& [field, value] : rows)
            out << "| " << field << " | " << cell(value) << " |\n";
        if (e.versions.size() > 1) {
            out << "\n" << tr("History:") << "\n\n";
            for (const MetricVersion& v : e.versions)
                out << "- " << tr("Version %1, %2 by %3: %4")
                                   .arg(v.version)
                                   .arg(v.changedAt.toLocalTime().date().toString(Qt::ISODate), v.changedBy,
                                        v.reason.isEmpty() ? v.definition : v.reason)
                    << "\n";
        }
    }
}

} // namespace accord::GlossaryExport
