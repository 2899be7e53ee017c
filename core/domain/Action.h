#pragma once

#include "AuditInfo.h"
#include "Enums.h"
#include "Id.h"

#include <QDate>
#include <QString>

namespace accord {

// A change to the operating model that someone owes by a date.
struct Action
{
    Id id = 0;
    Id caseId = 0;
    Id meetingId = 0;
    ActionKind kind = ActionKind::Handoff;
    QString title;
    Id ownerId = 0;
    QDate dueOn;
    ActionStatus status = ActionStatus::Open;
    QDate doneOn;
    AuditInfo audit;

    bool operator==(const Action&) const = default;
};

} // namespace accord
