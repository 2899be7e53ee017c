#pragma once

#include "domain/Id.h"

#include <QString>

#include <memory>

class QUndoCommand;

namespace accord {

class Workspace;

// Undoable edits of a whole case; push the result on the workspace's undo stack.
namespace CaseCommands {

// Archiving hides a case from lists and matrices but keeps it in the file.
std::unique_ptr<QUndoCommand> setArchived(Workspace& workspace, Id caseId, bool archived, QString* error);
// Deletes a case with everything recorded about it; undo puts all of it back with the same ids.
std::unique_ptr<QUndoCommand> remove(Workspace& workspace, Id caseId, QString* error);

} // namespace CaseCommands
} // namespace accord
