#pragma once

#include "Id.h"

#include <QString>

namespace accord {

struct CaseRootCause
{
    Id id = 0;
    Id caseId = 0;
    Id categoryId = 0;
    QString evidence;
    int sortOrder = 0;

    bool operator==(const CaseRootCause&) const = default;
};

} // namespace accord
