#pragma once

#include "Id.h"

#include <QDate>
#include <QString>

namespace accord {

// A date at which an operating rhythm looked at a case.
struct CaseReview
{
    Id id = 0;
    Id caseId = 0;
    Id meetingId = 0;
    QDate reviewedOn;
    QString note;

    bool operator==(const CaseReview&) const = default;
};

} // namespace accord
