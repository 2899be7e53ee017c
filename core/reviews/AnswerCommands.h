#pragma once

#include "domain/NpsAnswer.h"
#include "domain/PulseEntry.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QUndoCommand;

namespace accord {

class Workspace;

// Customer NPS answers and the team pulse are recorded in Accord, and the dictionary's "nps" and "pulse_score"
// metrics take their value for a period from that period's answers. Each edit below changes an answer and that
// period's metric value together, as one undoable command.
namespace AnswerCommands {

inline constexpr char NpsMetric[] = "nps";
inline constexpr char PulseMetric[] = "pulse_score";

std::unique_ptr<QUndoCommand> addNps(Workspace& workspace, const NpsAnswer& answer, QString* error);
std::unique_ptr<QUndoCommand> removeNps(Workspace& workspace, Id answerId, QString* error);
std::unique_ptr<QUndoCommand> addPulse(Workspace& workspace, const PulseEntry& entry, QString* error);
std::unique_ptr<QUndoCommand> removePulse(Workspace& workspace, Id entryId, QString* error);

// The company-wide pulse score of a set of entries: the share who said better minus the share who said worse.
std::optional<double> pulseScore(const QList<PulseEntry>& entries);
// The answers customer success and sales follow up: the detractors, lowest score first, those who said what to do
// better before those who did not.
QList<NpsAnswer> detractors(const QList<NpsAnswer>& answers);

} // namespace AnswerCommands
} // namespace accord
