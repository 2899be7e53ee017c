#pragma once

#include "domain/Metric.h"
#include "domain/MetricVersion.h"

#include <QJsonArray>
#include <QList>
#include <QString>

class QTextStream;

namespace accord {

class Workspace;

// The metric dictionary as a publishable glossary: every metric with its current definition, owner and status,
// and its version history (who changed it, when, why and on which decision).
struct GlossaryEntry
{
    Metric metric;
    QString ownerTeam;
    QString funnelStages;
    QList<MetricVersion> versions;
};

namespace GlossaryExport {

QList<GlossaryEntry> entries(Workspace& workspace, QString* error);
QJsonArray toJson(const QList<GlossaryEntry>& entries);
void writeCsv(const QList<GlossaryEntry>& entries, QTextStream& out);
void writeMarkdown(const QList<GlossaryEntry>& entries, const QString& title, QTextStream& out);

} // namespace GlossaryExport
} // namespace accord
