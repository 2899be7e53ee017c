#pragma once

#include "AuditInfo.h"
#include "Enums.h"
#include "Id.h"

#include <QDate>
#include <QString>

namespace accord {

struct Experiment
{
    Id id = 0;
    Id meetingId = 0;
    QString hypothesis;
    Id ownerId = 0;
    Id metricId = 0;
    QDate startOn;
    QDate endOn;
    ExperimentStatus status = ExperimentStatus::Running;
    QString result;
    AuditInfo audit;

    bool operator==(const Experiment&) const = default;
};

} // namespace accord
