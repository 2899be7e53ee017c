#pragma once

#include "AuditInfo.h"
#include "Enums.h"
#include "Id.h"

#include <QDate>
#include <QList>
#include <QString>

namespace accord {

// A dated instance of an operating rhythm.
struct ReviewMeeting
{
    Id id = 0;
    Id rhythmId = 0;
    QString title;
    QDate heldOn;
    Id facilitatorId = 0;
    QList<Id> attendeeIds;
    MeetingStatus status = MeetingStatus::Planned;
    QString minutes;
    AuditInfo audit;

    bool operator==(const ReviewMeeting&) const = default;
};

} // namespace accord
