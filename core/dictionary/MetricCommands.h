#pragma once

#include "domain/Metric.h"

#include <QString>

#include <memory>

class QUndoCommand;

namespace accord {

class Workspace;

// The dictionary's governance as undoable edits: a draft changes in place; a frozen definition changes only through
// a new version that names the decision (from a case or a review meeting) which approved it.
namespace MetricCommands {

std::unique_ptr<QUndoCommand> change(Workspace& workspace, const Metric& after, Id decisionId, const QString& reason,
                                     QString* error);
std::unique_ptr<QUndoCommand> freeze(Workspace& workspace, Id metricId, QString* error);

} // namespace MetricCommands
} // namespace accord
