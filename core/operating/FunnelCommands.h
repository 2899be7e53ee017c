#pragma once

#include "domain/FunnelStage.h"

#include <QString>
#include <memory>

class QUndoCommand;

namespace accord {

class Workspace;

// The funnel model as undoable edits. Each function returns the command to push, or nullptr with the reason in
// *error when the edit is not allowed; nothing is written until the command is pushed.
namespace FunnelCommands {

// Changes a stage's name, owner, criteria or record field; a stage must keep a name. nullptr with an empty *error
// when nothing changed.
std::unique_ptr<QUndoCommand> edit(Workspace& workspace, const FunnelStage& after, QString* error);

// Adds a stage right after the one given (at the end when there is none), owned by the same team, with a code made
// from its name. *code receives that code so the caller can find the new stage once the command ran.
std::unique_ptr<QUndoCommand> add(Workspace& workspace, Id afterStageId, const QString& name, QString* error,
                                  QString* code = nullptr);

// Moves a stage one place earlier (delta -1) or later (+1); the order of every stage is rewritten in one command.
std::unique_ptr<QUndoCommand> move(Workspace& workspace, Id stageId, int delta, QString* error);

// Removes a stage that no metric reads; cases that bite at it lose the reference, and get it back on undo.
std::unique_ptr<QUndoCommand> remove(Workspace& workspace, Id stageId, QString* error);

} // namespace FunnelCommands
} // namespace accord
