#pragma once

#include "AuditInfo.h"
#include "Enums.h"
#include "Id.h"

#include <QString>

namespace accord {

// One side of the two-way service-level agreement between the team that hands over and the one that takes over.
struct Sla
{
    Id id = 0;
    SlaKind kind = SlaKind::LeadStandard;
    QString name;
    Id ownerTeamId = 0;
    Id counterpartTeamId = 0;
    QString description;
    QString requiredFields;
    QString suppressionRules;
    double targetHours = 0; // 0 for standards that are not a time
    Id escalateToId = 0;
    double escalateAfterHours = 0;
    bool active = true;
    AuditInfo audit;

    bool operator==(const Sla&) const = default;
};

} // namespace accord
