#pragma once

#include "CreateCaseCommand.h"
#include "domain/Enums.h"
#include "domain/FrictionCase.h"
#include "domain/Id.h"

#include <QString>

#include <memory>

class QUndoCommand;

namespace accord {

class Workspace;

// Undoable edits of a whole case; push the result on the workspace's undo stack.
namespace CaseCommands {

// Adds a new case; it starts at Surface with its raising recorded in its history.
std::unique_ptr<CreateCaseCommand> create(Workspace& workspace, const FrictionCase& frictionCase);
// Moves the case to the next playbook step. Refused, with the missing items in *error, while the current step is
// incomplete. Leaving Decide puts the case's proposed decision in force: the step is complete only once the decision
// is taken, and moving on is the room agreeing to act on it.
std::unique_ptr<QUndoCommand> advance(Workspace& workspace, Id caseId, QString* error);
// Closes a case whose Learn step is complete, or reopens a closed one (back to Diagnose, to find what was missed).
std::unique_ptr<QUndoCommand> close(Workspace& workspace, Id caseId, QString* error);
std::unique_ptr<QUndoCommand> reopen(Workspace& workspace, Id caseId, QString* error);
// Archiving hides a case from lists and matrices but keeps it in the file.
std::unique_ptr<QUndoCommand> setArchived(Workspace& workspace, Id caseId, bool archived, QString* error);
// Deletes a case with everything recorded about it; undo puts all of it back with the same ids.
std::unique_ptr<QUndoCommand> remove(Workspace& workspace, Id caseId, QString* error);

} // namespace CaseCommands
} // namespace accord
