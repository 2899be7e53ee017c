#pragma once

#include "AuditInfo.h"
#include "Enums.h"
#include "Id.h"

#include <QList>
#include <QString>

namespace accord {

struct OperatingRhythm
{
    Id id = 0;
    QString code;
    QString name;
    Cadence cadence = Cadence::Monthly;
    QString purpose;
    QString standingAgenda; // one item per line
    Id chairId = 0;
    QList<Id> attendeeIds;
    int sortOrder = 0;
    AuditInfo audit;

    bool operator==(const OperatingRhythm&) const = default;
};

} // namespace accord
