#pragma once

#include "AuditInfo.h"
#include "Id.h"

#include <QString>

namespace accord {

struct FunnelStage
{
    Id id = 0;
    QString code;
    QString name;
    Id ownerTeamId = 0;
    QString entryCriteria;
    QString exitCriteria;
    QString recordField; // the imported-record timestamp that says a record reached this stage
    int sortOrder = 0;
    AuditInfo audit;

    bool operator==(const FunnelStage&) const = default;
};

} // namespace accord
