#pragma once

#include "AuditInfo.h"
#include "Enums.h"
#include "Id.h"

#include <QString>

namespace accord {

struct AlignmentArea
{
    Id id = 0;
    QString code;
    QString name;
    QString description;
    AlignmentStatus status = AlignmentStatus::NotStarted;
    Id ownerId = 0;
    QString link;
    QString note;
    int sortOrder = 0;
    AuditInfo audit;

    bool operator==(const AlignmentArea&) const = default;
};

} // namespace accord
