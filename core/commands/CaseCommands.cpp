#include "CaseCommands.h"

#include "CompositeCommand.h"
#include "EntityCommand.h"
#include "domain/Action.h"
#include "domain/AgendaItem.h"
#include "domain/CaseReview.h"
#include "domain/CaseRootCause.h"
#include "domain/Decision.h"
#include "domain/FrictionCase.h"
#include "domain/StageChange.h"

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

} // namespace

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
    if (!addChildDeletions<AgendaItem>(workspace, caseId, command.get(), err)
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
