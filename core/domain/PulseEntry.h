#pragma once

#include "Enums.h"
#include "Id.h"

#include <QDate>
#include <QString>

namespace accord {

// One person's answer to "worse, same or better against our partnership goals?" plus one thing to improve.
struct PulseEntry
{
    Id id = 0;
    Id meetingId = 0;
    QString period;
    Id personId = 0;
    Id teamId = 0;
    PulseRating rating = PulseRating::Same;
    QString oneThing;
    QDate answeredOn;

    bool operator==(const PulseEntry&) const = default;
};

} // namespace accord
