#pragma once

#include "Enums.h"
#include "Id.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace accord {

// One lead or opportunity from a CRM export. Times are UTC. A record reached a funnel stage when its timestamp
// for that stage is set.
struct CrmRecord
{
    Id id = 0;
    CrmRecordKind kind = CrmRecordKind::Lead;
    QString externalId;
    QString parentExternalId; // an opportunity's lead
    QDateTime createdAt;
    QString source;
    QString segment;
    QString owner;
    QString team;
    QString stageReached;
    QDateTime inquiryAt;
    QDateTime mqlAt;
    QDateTime salAt;
    QDateTime sqlAt;
    QDateTime opportunityAt;
    QDateTime firstTouchAt;
    QString rejectReason;
    QDateTime wonAt;
    QDateTime lostAt;
    double amount = 0;
    QDate closeDate;
    Id importId = 0;

    bool operator==(const CrmRecord&) const = default;
};

} // namespace accord
