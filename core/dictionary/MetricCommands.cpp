#include "MetricCommands.h"

#include "MetricDefinition.h"
#include "commands/CompositeCommand.h"
#include "commands/EntityCommand.h"
#include "domain/Decision.h"
#include "domain/MetricVersion.h"

#include <QCoreApplication>

namespace accord::MetricCommands {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::MetricCommands", text);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

std::optional<MetricVersion> versionRow(Workspace& workspace, Id metricId, int version)
{
    Filter filter;
    filter.where("metric_id", metricId).where("version", version);
    const QList<MetricVersion> rows = workspace.repository<MetricVersion>().list(filter);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

// A metric and the record of its current version change together: the history always holds what is in force.
std::unique_ptr<QUndoCommand> changeWithVersion(Workspace& workspace, const Metric& before, const Metric& after,
                                                std::optional<MetricVersion> versionBefore, MetricVersion versionAfter,
                                                const QString& text)
{
    versionAfter.changedAt = workspace.clock().now();
    versionAfter.changedBy = workspace.currentUser();
    if (versionBefore)
        versionAfter.id = versionBefore->id;
    auto command = std::make_unique<CompositeCommand>(workspace, text);
    new EntityCommand<Metric>(workspace, before, after, QString(), command.get());
    new EntityCommand<MetricVersion>(workspace, versionBefore, versionAfter, QString(), command.get());
    return command;
}

} // namespace

std::unique_ptr<QUndoCommand> change(Workspace& workspace, const Metric& requested, Id decisionId,
                                     const QString& reason, QString* error)
{
    const auto before = workspace.repository<Metric>().find(requested.id, error);
    if (!before) {
        fail(error, tr("The metric no longer exists."));
        return nullptr;
    }
    Metric after = requested;
    after.version = before->version;
    const QString text = tr("Change metric “%1”").arg(before->name);

    if (before->status == MetricStatus::Draft) {
        return changeWithVersion(workspace, *before, after, versionRow(workspace, before->id, before->version),
                                 MetricDefinition::snapshot(after), text);
    }
    if (after.status != MetricStatus::Frozen) {
        fail(error, tr("“%1” is frozen and cannot go back to draft; change it through a new version.").arg(before->name));
        return nullptr;
    }
    if (!MetricDefinition::changesDefinition(*before, after))
        return std::make_unique<EntityCommand<Metric>>(workspace, before, after, text);

    if (!decisionId || !workspace.repository<Decision>().find(decisionId)) {
        fail(error, tr("“%1” is frozen: a change to its definition must name the decision that approved it.")
                        .arg(before->name));
        return nullptr;
    }
    after.version = before->version + 1;
    MetricVersion version = MetricDefinition::snapshot(after);
    version.decisionId = decisionId;
    version.reason = reason;
    return changeWithVersion(workspace, *before, after, std::nullopt, version,
                             tr("New version %1 of “%2”").arg(after.version).arg(after.name));
}

std::unique_ptr<QUndoCommand> freeze(Workspace& workspace, Id metricId, QString* error)
{
    const auto before = workspace.repository<Metric>().find(metricId, error);
    if (!before) {
        fail(error, tr("The metric no longer exists."));
        return nullptr;
    }
    if (before->status == MetricStatus::Frozen) {
        fail(error, tr("“%1” is frozen already.").arg(before->name));
        return nullptr;
    }
    Metric after = *before;
    after.status = MetricStatus::Frozen;
    MetricVersion version = MetricDefinition::snapshot(after);
    version.reason = tr("Definition frozen");
    return changeWithVersion(workspace, *before, after, versionRow(workspace, metricId, before->version), version,
                             tr("Freeze “%1”").arg(before->name));
}

} // namespace accord::MetricCommands
