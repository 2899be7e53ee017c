#pragma once

#include "AuditInfo.h"
#include "Id.h"

#include <QList>
#include <QString>

namespace accord {

// A complaint heard again and again ("marketing sends junk leads") and the system fix behind it.
struct ConflictPattern
{
    Id id = 0;
    QString code;
    QString complaint;
    QString revopsEnables;
    QString artifact;
    QString quickFix;
    Id frictionTypeId = 0;
    QList<Id> kpiMetricIds; // primary KPI first
    QList<Id> rootCauseCategoryIds;
    int sortOrder = 0;
    AuditInfo audit;

    bool operator==(const ConflictPattern&) const = default;
};

} // namespace accord
