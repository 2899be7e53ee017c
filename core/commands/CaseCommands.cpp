#include "CaseCommands.h"

#include "CompositeCommand.h"
#include "EntityCommand.h"
#include "domain/Action.h"
#include "domain/AgendaItem.h"
#include "domain/CaseReview.h"
#include "domain/CaseRootCause.h"
#include "domain/Decision.h"
#include "domain/FrictionCase.h"
#include "domain/MetricVersion.h"
#include "domain/StageChange.h"
#include "playbook/CaseFile.h"
#include "playbook/StageGate.h"

#include <QCoreApplication>

namespace accord::CaseCommands {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::CaseCommands", text);
}

std::optional<FrictionCase> findCase(Workspace& workspace, Id caseId, QString* error)
{
    auto found = workspace.repository<FrictionCase>().find(caseId, error);
    if (!found && error && error->isEmpty())
        *error = tr("The case no longer exists.");
    return found;
}

// Queues the deletion of every row of T that belongs to the case, newest first, so that undo (which runs the
// children in reverse) restores them oldest first and references between them resolve.
template <typename T>
bool addChildDeletions(Workspace& workspace, Id caseId, QUndoCommand* parent, QString* error)
{
    Filter filter;
    filter.where("case_id", caseId).order("id DESC");
    error->clear();
    const QList<T> rows = workspace.repository<T>().list(filter, error);
    if (!error->isEmpty())
        return false;
    for (const T& row : rows)
        new EntityCommand<T>(workspace, row, std::nullopt, QString(), parent);
    return true;
}

// Rows outside the case that point at one of its rows (of type Target) lose that reference when the row is deleted
// (ON DELETE SET NULL). Clearing it as part of the command lets undo put it back.
template <typename Referrer, typename Target>
bool addReferenceClearings(Workspace& workspace, Id caseId, const char* column, Id Referrer::*member,
                           QUndoCommand* parent, QString* error)
{
    Filter owned;
    owned.where("case_id", caseId);
    error->clear();
    const QList<Target> targets = workspace.repository<Target>().list(owned, error);
    for (const Target& target : targets) {
        Filter referring;
        referring.where(column, target.id);
        const QList<Referrer> rows = workspace.repository<Referrer>().list(referring, error);
        for (const Referrer& row : rows) {
            if constexpr (requires { row.caseId; }) {
                if (row.caseId == caseId)
                    continue; // deleted with the case, and restored as it was
            }
            Referrer cleared = row;
            cleared.*member = 0;
            new EntityCommand<Referrer>(workspace, row, cleared, QString(), parent);
        }
    }
    return error->isEmpty();
}

// One step of the case's life: its new stage and status, and a line in its history, as one undoable edit.
std::unique_ptr<QUndoCommand> moveCase(Workspace& workspace, const FrictionCase& before, CaseStage to,
                                       CaseStatus status, const QString& text)
{
    const QDateTime now = workspace.clock().now();
    FrictionCase after = before;
    after.stage = to;
    after.status = status;
    after.closedOn = status == CaseStatus::Closed ? now.toLocalTime().date() : QDate();
    if (to != before.stage)
        after.stageEnteredAt = now;
    StageChange change;
    change.caseId = before.id;
    change.fromStage = before.stage;
    change.toStage = to;
    change.changedAt = now;
    change.changedBy = workspace.currentUser();
    if (status != before.status)
        change.note = displayName(status);
    auto command = std::make_unique<CompositeCommand>(workspace, text);
    new EntityCommand<FrictionCase>(workspace, before, after, QString(), command.get());
    new EntityCommand<StageChange>(workspace, std::nullopt, change, QString(), command.get());
    return command;
}

} // namespace

std::unique_ptr<CreateCaseCommand> create(Workspace& workspace, const FrictionCase& frictionCase)
{
    FrictionCase fresh = frictionCase;
    fresh.id = 0;
    fresh.stage = CaseStage::Surface;
    fresh.status = CaseStatus::Open;
    fresh.stageEnteredAt = workspace.clock().now();
    if (!fresh.raisedOn.isValid())
        fresh.raisedOn = workspace.clock().today();
    return std::make_unique<CreateCaseCommand>(workspace, fresh, tr("New case “%1”").arg(fresh.title));
}

std::unique_ptr<QUndoCommand> advance(Workspace& workspace, Id caseId, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    const auto file = CaseFile::load(workspace, caseId, err);
    if (!file)
        return nullptr;
    const FrictionCase& c = file->frictionCase;
    const auto to = StageGate::next(c.stage);
    if (!to) {
        *err = tr("Learn is the last step: close the case instead.");
        return nullptr;
    }
    const QStringList missing = StageGate::missing(c.stage, *file);
    if (!missing.isEmpty()) {
        *err = tr("%1 is not complete yet:").arg(displayName(c.stage)) + QLatin1Char('\n') + missing.join(QLatin1Char('\n'));
        return nullptr;
    }
    auto command = moveCase(workspace, c, *to, c.status, tr("Move “%1” to %2").arg(c.title, displayName(*to)));
    if (c.stage == CaseStage::Decide && file->decision && file->decision->status == DecisionStatus::Proposed) {
        Decision inForce = *file->decision;
        inForce.status = DecisionStatus::InForce;
        new EntityCommand<Decision>(workspace, file->decision, inForce, QString(), command.get());
    }
    return command;
}

std::unique_ptr<QUndoCommand> close(Workspace& workspace, Id caseId, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    const auto file = CaseFile::load(workspace, caseId, err);
    if (!file)
        return nullptr;
    const FrictionCase& c = file->frictionCase;
    if (c.stage != CaseStage::Learn || c.status == CaseStatus::Closed) {
        *err = tr("Only an open case at the Learn step can be closed.");
        return nullptr;
    }
    const QStringList missing = StageGate::missing(CaseStage::Learn, *file);
    if (!missing.isEmpty()) {
        *err = tr("The retrospective is not complete yet:") + QLatin1Char('\n') + missing.join(QLatin1Char('\n'));
        return nullptr;
    }
    return moveCase(workspace, c, c.stage, CaseStatus::Closed, tr("Close “%1”").arg(c.title));
}

std::unique_ptr<QUndoCommand> reopen(Workspace& workspace, Id caseId, QString* error)
{
    const auto existing = findCase(workspace, caseId, error);
    if (!existing)
        return nullptr;
    if (existing->status != CaseStatus::Closed) {
        if (error)
            *error = tr("The case is open already.");
        return nullptr;
    }
    return moveCase(workspace, *existing, CaseStage::Diagnose, CaseStatus::Open,
                    tr("Reopen “%1”").arg(existing->title));
}

std::unique_ptr<QUndoCommand> setArchived(Workspace& workspace, Id caseId, bool archived, QString* error)
{
    const auto before = findCase(workspace, caseId, error);
    if (!before)
        return nullptr;
    FrictionCase after = *before;
    after.archived = archived;
    const QString text = archived ? tr("Archive case “%1”") : tr("Restore case “%1”");
    return std::make_unique<EntityCommand<FrictionCase>>(workspace, before, after, text.arg(before->title));
}

std::unique_ptr<QUndoCommand> remove(Workspace& workspace, Id caseId, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    const auto existing = findCase(workspace, caseId, err);
    if (!existing)
        return nullptr;
    auto command = std::make_unique<CompositeCommand>(workspace, tr("Delete case “%1”").arg(existing->title));
    if (!addReferenceClearings<MetricVersion, Decision>(workspace, caseId, "decision_id", &MetricVersion::decisionId,
                                                        command.get(), err)
        || !addReferenceClearings<Decision, Decision>(workspace, caseId, "supersedes_id", &Decision::supersedesId,
                                                      command.get(), err)
        || !addReferenceClearings<AgendaItem, Action>(workspace, caseId, "action_id", &AgendaItem::actionId,
                                                      command.get(), err)
        || !addChildDeletions<AgendaItem>(workspace, caseId, command.get(), err)
        || !addChildDeletions<CaseReview>(workspace, caseId, command.get(), err)
        || !addChildDeletions<StageChange>(workspace, caseId, command.get(), err)
        || !addChildDeletions<Action>(workspace, caseId, command.get(), err)
        || !addChildDeletions<Decision>(workspace, caseId, command.get(), err)
        || !addChildDeletions<CaseRootCause>(workspace, caseId, command.get(), err))
        return nullptr;
    new EntityCommand<FrictionCase>(workspace, existing, std::nullopt, QString(), command.get());
    return command;
}

} // namespace accord::CaseCommands
