#pragma once

#include "domain/Decision.h"
#include "domain/FrictionCase.h"

#include <QDate>
#include <QList>

#include <optional>

namespace accord {

class Workspace;

// A friction that comes back: a case of the same friction type between the same teams as a case closed within
// the recurrence window.
namespace Recurrence {

struct Match
{
    FrictionCase earlier;
    std::optional<Decision> decision; // the earlier case's decision, to show what was agreed last time
};

constexpr int DefaultWindowDays = 180;

// The rule itself: whether `closed` makes `candidate` a recurrence, judged on the day the candidate was raised
// (or `today` when it has no date yet).
bool isRecurrence(const FrictionCase& candidate, const FrictionCase& closed, const QDate& today, int windowDays);

// The earlier cases that make `candidate` a recurrence, most recently closed first.
QList<Match> find(Workspace& workspace, const FrictionCase& candidate, const QDate& today, int windowDays,
                  QString* error);

} // namespace Recurrence
} // namespace accord
