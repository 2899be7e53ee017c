#pragma once

#include "AuditInfo.h"
#include "Enums.h"
#include "Id.h"

#include <QString>

namespace accord {

struct RejectReason
{
    Id id = 0;
    QString code;
    QString name;
    QString description;
    RejectAction action = RejectAction::Nurture;
    int sortOrder = 0;
    bool active = true;
    AuditInfo audit;

    bool operator==(const RejectReason&) const = default;
};

} // namespace accord
