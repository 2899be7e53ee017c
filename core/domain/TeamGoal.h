#pragma once

#include "AuditInfo.h"
#include "Enums.h"
#include "Id.h"

#include <QString>

namespace accord {

// A cross-team activity goal: something a team commits to doing that the partner team normally does.
struct TeamGoal
{
    Id id = 0;
    Id teamId = 0;
    Id partnerTeamId = 0;
    QString goal;
    GoalStatus status = GoalStatus::NotStarted;
    AuditInfo audit;

    bool operator==(const TeamGoal&) const = default;
};

} // namespace accord
