#pragma once

#include "AuditInfo.h"
#include "Enums.h"
#include "Id.h"

#include <QDate>
#include <QList>
#include <QString>

namespace accord {

// A decision with exactly one accountable owner, taken for a case or in a review meeting.
struct Decision
{
    Id id = 0;
    Id caseId = 0;
    Id meetingId = 0;
    Id ownerId = 0;
    QList<Id> contributorIds;
    QString criteria;
    Id escalationToId = 0;
    int escalationAfterDays = 0;
    QString text;
    QDate decidedOn;
    DecisionStatus status = DecisionStatus::Proposed;
    Id supersedesId = 0;
    AuditInfo audit;

    bool operator==(const Decision&) const = default;
};

} // namespace accord
