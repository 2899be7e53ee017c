#pragma once

#include "domain/Decision.h"

#include <QList>
#include <memory>

class QUndoCommand;

namespace accord {

class Workspace;

// A decision stays in the log for good: it is in force until a later decision supersedes it (the later one names
// it) or it is reversed. These are the undoable edits of that life; push the result on the workspace's undo stack.
namespace DecisionCommands {

// Records a new decision in force, decided today unless it carries its date.
std::unique_ptr<QUndoCommand> record(Workspace& workspace, const Decision& decision, QString* error);
// Records `replacement` in force in place of the decision `supersededId`, which becomes superseded. The replacement
// belongs to the same case as the old one unless it names its own.
std::unique_ptr<QUndoCommand> supersede(Workspace& workspace, Id supersededId, const Decision& replacement,
                                        QString* error);
// Withdraws a decision in force without a replacement.
std::unique_ptr<QUndoCommand> reverse(Workspace& workspace, Id decisionId, QString* error);

// The decision that superseded `decisionId`, or 0.
Id supersededBy(const QList<Decision>& decisions, Id decisionId);

} // namespace DecisionCommands
} // namespace accord
