#pragma once

#include "domain/AgendaItem.h"
#include "domain/Experiment.h"
#include "domain/OperatingRhythm.h"

#include <QDate>
#include <QList>
#include <memory>

class QUndoCommand;

namespace accord {

class Workspace;

// Undoable edits of whole review meetings; push the result on the workspace's undo stack.
namespace MeetingCommands {

// A planned meeting of the rhythm on the day, chaired by the rhythm's chair with its attendees, and its agenda.
std::unique_ptr<QUndoCommand> create(Workspace& workspace, const OperatingRhythm& rhythm, const QDate& on,
                                     const QList<AgendaItem>& agenda);
// Agrees an experiment in a meeting. A meeting agrees one or two: a third is refused, as is one without a
// hypothesis, owner, metric or an end date after its start (today unless given).
std::unique_ptr<QUndoCommand> addExperiment(Workspace& workspace, const Experiment& experiment, QString* error);

inline constexpr int MaxExperiments = 2;

} // namespace MeetingCommands
} // namespace accord
