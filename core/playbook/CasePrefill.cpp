#include "CasePrefill.h"

#include <QCoreApplication>

namespace accord {

CasePrefill CasePrefill::fromFrictionType(const FrictionType& type)
{
    CasePrefill prefill;
    prefill.frictionTypeId = type.id;
    for (Id team : {type.teamAId, type.teamBId})
        if (team)
            prefill.teamIds.append(team);
    prefill.looksLike = type.looksLike;
    prefill.mechanism = type.mechanism;
    prefill.kpiMetricId = type.kpiMetricId;
    prefill.rootCauseCategoryIds = type.rootCauseCategoryIds;
    return prefill;
}

CasePrefill CasePrefill::fromPattern(const ConflictPattern& pattern, const FrictionType& type)
{
    CasePrefill prefill = fromFrictionType(type);
    prefill.conflictPatternId = pattern.id;
    prefill.looksLike = pattern.complaint;
    // The catalogue's artifacts are sentences; their own full stop must not double the joining one.
    QString artifact = pattern.artifact.trimmed();
    if (artifact.endsWith(QLatin1Char('.')))
        artifact.chop(1);
    prefill.mechanism =
        QCoreApplication::translate("accord::CasePrefill", "%1. Quick fix: %2").arg(artifact, pattern.quickFix);
    if (!pattern.kpiMetricIds.isEmpty())
        prefill.kpiMetricId = pattern.kpiMetricIds.first();
    if (!pattern.rootCauseCategoryIds.isEmpty())
        prefill.rootCauseCategoryIds = pattern.rootCauseCategoryIds;
    return prefill;
}

void CasePrefill::applyTo(FrictionCase& c) const
{
    c.frictionTypeId = frictionTypeId;
    c.conflictPatternId = conflictPatternId;
    c.teamIds = teamIds;
    if (c.looksLike.trimmed().isEmpty())
        c.looksLike = looksLike;
    if (c.mechanism.trimmed().isEmpty())
        c.mechanism = mechanism;
    c.impactedMetricId = kpiMetricId;
    c.kpiMetricId = kpiMetricId;
}

} // namespace accord
