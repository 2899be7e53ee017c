#include "FunnelCommands.h"

#include "UniqueCode.h"
#include "commands/CompositeCommand.h"
#include "commands/EntityCommand.h"
#include "domain/FrictionCase.h"
#include "domain/Metric.h"

#include <QCoreApplication>
#include <QLocale>

namespace accord::FunnelCommands {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::FunnelCommands", text);
}

std::nullptr_t fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return nullptr;
}

// Gives every stage in the list the position it holds there, as children of the command; stages already in place
// are left alone.
void renumber(Workspace& workspace, const QList<FunnelStage>& ordered, const QList<FunnelStage>& stored,
              QUndoCommand* parent)
{
    for (int i = 0; i < ordered.size(); ++i) {
        FunnelStage after = ordered.at(i);
        after.sortOrder = i + 1;
        const auto before =
            std::find_if(stored.cbegin(), stored.cend(), [&](const FunnelStage& s) { return s.id == after.id; });
        if (before == stored.cend() || before->sortOrder == after.sortOrder) // the gap, or a stage in place
            continue;
        new EntityCommand<FunnelStage>(workspace, *before, after, QString(), parent);
    }
}

qsizetype indexOf(const QList<FunnelStage>& stages, Id id)
{
    for (qsizetype i = 0; i < stages.size(); ++i)
        if (stages.at(i).id == id)
            return i;
    return -1;
}

} // namespace

std::unique_ptr<QUndoCommand> edit(Workspace& workspace, const FunnelStage& requested, QString* error)
{
    const auto before = workspace.repository<FunnelStage>().find(requested.id, error);
    if (!before)
        return fail(error, tr("The funnel stage no longer exists."));
    FunnelStage after = requested;
    after.name = after.name.simplified();
    if (after.name.isEmpty())
        return fail(error, tr("A funnel stage needs a name."));
    if (after == *before)
        return fail(error, QString());
    const QString text = after.name != before->name ? tr("Rename stage “%1” to “%2”").arg(before->name, after.name)
                                                    : tr("Change stage “%1”").arg(before->name);
    return std::make_unique<EntityCommand<FunnelStage>>(workspace, *before, after, text);
}

std::unique_ptr<QUndoCommand> add(Workspace& workspace, Id afterStageId, const QString& name, QString* error,
                                  QString* code)
{
    FunnelStage stage;
    stage.name = name.simplified();
    if (stage.name.isEmpty())
        return fail(error, tr("A funnel stage needs a name."));
    const QList<FunnelStage> stored = workspace.repository<FunnelStage>().list({}, error);
    QStringList codes;
    for (const FunnelStage& s : stored)
        codes << s.code;
    stage.code = uniqueCode(stage.name, codes);

    const qsizetype previous = afterStageId ? indexOf(stored, afterStageId) : stored.size() - 1;
    if (afterStageId && previous < 0)
        return fail(error, tr("The funnel stage no longer exists."));
    if (previous >= 0)
        stage.ownerTeamId = stored.at(previous).ownerTeamId;
    stage.sortOrder = int(previous) + 2;

    auto command = std::make_unique<CompositeCommand>(workspace, tr("Add stage “%1”").arg(stage.name));
    // The stages after the new one make room first, so that no two stages ever share a place.
    QList<FunnelStage> withGap = stored;
    withGap.insert(previous + 1, FunnelStage{});
    renumber(workspace, withGap, stored, command.get());
    new EntityCommand<FunnelStage>(workspace, std::nullopt, stage, QString(), command.get());
    if (code)
        *code = stage.code;
    return command;
}

std::unique_ptr<QUndoCommand> move(Workspace& workspace, Id stageId, int delta, QString* error)
{
    QList<FunnelStage> stored = workspace.repository<FunnelStage>().list({}, error);
    const qsizetype from = indexOf(stored, stageId);
    if (from < 0)
        return fail(error, tr("The funnel stage no longer exists."));
    const qsizetype to = from + delta;
    if (to < 0)
        return fail(error, tr("“%1” is the first stage already.").arg(stored.at(from).name));
    if (to >= stored.size())
        return fail(error, tr("“%1” is the last stage already.").arg(stored.at(from).name));
    QList<FunnelStage> ordered = stored;
    ordered.move(from, to);
    const QString text = delta < 0 ? tr("Move stage “%1” earlier") : tr("Move stage “%1” later");
    auto command = std::make_unique<CompositeCommand>(workspace, text.arg(stored.at(from).name));
    renumber(workspace, ordered, stored, command.get());
    return command;
}

std::unique_ptr<QUndoCommand> remove(Workspace& workspace, Id stageId, QString* error)
{
    const auto stage = workspace.repository<FunnelStage>().find(stageId, error);
    if (!stage)
        return fail(error, tr("The funnel stage no longer exists."));
    QStringList readers;
    for (const Metric& metric : workspace.repository<Metric>().list({}, error))
        if (metric.funnelStageIds.contains(stageId))
            readers << metric.name;
    if (!readers.isEmpty()) {
        return fail(error, tr("“%1” cannot be removed: %2 read it. Change their definitions first.")
                               .arg(stage->name, QLocale().createSeparatedList(readers)));
    }

    auto command = std::make_unique<CompositeCommand>(workspace, tr("Remove stage “%1”").arg(stage->name));
    Filter biting;
    biting.where("funnel_stage_id", stageId);
    for (const FrictionCase& before : workspace.repository<FrictionCase>().list(biting, error)) {
        FrictionCase after = before;
        after.funnelStageId = 0;
        new EntityCommand<FrictionCase>(workspace, before, after, QString(), command.get());
    }
    new EntityCommand<FunnelStage>(workspace, *stage, std::nullopt, QString(), command.get());
    return command;
}

} // namespace accord::FunnelCommands
