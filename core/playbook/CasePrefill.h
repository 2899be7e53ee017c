#pragma once

#include "domain/ConflictPattern.h"
#include "domain/FrictionCase.h"
#include "domain/FrictionType.h"

namespace accord {

// What surfacing a case from a friction type or a conflict pattern fills in for the facilitator to edit.
struct CasePrefill
{
    Id frictionTypeId = 0;
    Id conflictPatternId = 0;
    QList<Id> teamIds;
    QString looksLike;
    QString mechanism;
    Id kpiMetricId = 0;
    QList<Id> rootCauseCategoryIds;

    static CasePrefill fromFrictionType(const FrictionType& type);
    // A pattern maps to one friction type; its own KPI, artifact and quick fix take precedence over the type's.
    static CasePrefill fromPattern(const ConflictPattern& pattern, const FrictionType& type);

    // Fills the case's Surface and Align fields; text the facilitator already wrote is kept.
    void applyTo(FrictionCase& frictionCase) const;
};

} // namespace accord
