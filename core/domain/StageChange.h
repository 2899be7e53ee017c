#pragma once

#include "Enums.h"
#include "Id.h"

#include <QDateTime>
#include <QString>

namespace accord {

// One move of a case along the playbook, for its history timeline.
struct StageChange
{
    Id id = 0;
    Id caseId = 0;
    CaseStage fromStage = CaseStage::Surface;
    CaseStage toStage = CaseStage::Surface;
    QDateTime changedAt;
    QString changedBy;
    QString note;

    bool operator==(const StageChange&) const = default;
};

} // namespace accord
