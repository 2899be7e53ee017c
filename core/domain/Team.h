#pragma once

#include "AuditInfo.h"
#include "Id.h"

#include <QString>

namespace accord {

// A go-to-market function such as Marketing or RevOps.
struct Team
{
    Id id = 0;
    QString code; // stable key of a built-in team; empty for teams the user added
    QString name;
    Id leaderId = 0;
    QString color; // #rrggbb, used to tell teams apart in charts and the matrix
    int sortOrder = 0;
    bool archived = false;
    AuditInfo audit;

    bool operator==(const Team&) const = default;
};

} // namespace accord
