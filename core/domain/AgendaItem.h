#pragma once

#include "Enums.h"
#include "Id.h"

#include <QString>

namespace accord {

struct AgendaItem
{
    Id id = 0;
    Id meetingId = 0;
    AgendaItemKind kind = AgendaItemKind::Standing;
    QString title;
    Id caseId = 0;
    Id metricId = 0;
    Id actionId = 0;
    bool done = false;
    QString note;
    int sortOrder = 0;

    bool operator==(const AgendaItem&) const = default;
};

} // namespace accord
