#pragma once

#include "domain/AgendaItem.h"
#include "domain/OperatingRhythm.h"
#include "domain/ReviewMeeting.h"
#include "playbook/Recurrence.h"

#include <QDate>
#include <QList>
#include <optional>

namespace accord {

class Workspace;

// What the next meeting of an operating rhythm should look at, read from the workspace: the rhythm's standing items,
// the cases it governs that are due for review, decisions whose escalation is due, overdue actions its people owe,
// scorecard metrics that moved against target, definitions that changed and frictions that came back, each since
// the rhythm last met.
namespace AgendaBuilder {

struct Options
{
    int recurrenceWindowDays = Recurrence::DefaultWindowDays;
};

// The rhythm's latest meeting held before the day, if any: the point "since the last meeting" counts from.
std::optional<ReviewMeeting> lastMeeting(Workspace& workspace, Id rhythmId, const QDate& before, QString* error);
// The day one cadence step after `from`.
QDate nextDate(Cadence cadence, const QDate& from);
// The day the next meeting of the rhythm is proposed for: a cadence step after its latest meeting, never before today.
QDate proposedDate(Workspace& workspace, const OperatingRhythm& rhythm, QString* error);

// The agenda for a meeting of the rhythm on the day, in the order the meeting walks it; items carry no meeting id.
QList<AgendaItem> build(Workspace& workspace, const OperatingRhythm& rhythm, const QDate& meetingOn, QString* error,
                        const Options& options = {});

} // namespace AgendaBuilder
} // namespace accord
