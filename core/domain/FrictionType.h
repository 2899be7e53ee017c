#pragma once

#include "AuditInfo.h"
#include "Id.h"

#include <QList>
#include <QString>

namespace accord {

// One row of the friction matrix: a recurring friction between two teams.
struct FrictionType
{
    Id id = 0;
    QString code;
    QString name;
    Id teamAId = 0;
    Id teamBId = 0; // 0: the friction is with every other team (e.g. Leadership and the GTM teams)
    QString looksLike;
    QString rootCause;
    QString mechanism;
    Id kpiMetricId = 0;
    QList<Id> rootCauseCategoryIds; // the taxonomy entries a case of this type most likely has
    int sortOrder = 0;
    AuditInfo audit;

    bool operator==(const FrictionType&) const = default;
};

} // namespace accord
