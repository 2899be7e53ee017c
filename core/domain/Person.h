#pragma once

#include "AuditInfo.h"
#include "Id.h"

#include <QString>

namespace accord {

struct Person
{
    Id id = 0;
    QString name;
    Id teamId = 0;
    QString role;
    QString email;
    bool archived = false;
    AuditInfo audit;

    bool operator==(const Person&) const = default;
};

} // namespace accord
