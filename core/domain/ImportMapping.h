#pragma once

#include "AuditInfo.h"
#include "Id.h"

#include <QString>

namespace accord {

// A saved column mapping, offered again for files whose header has the same signature.
struct ImportMapping
{
    Id id = 0;
    QString name;
    QString headerSignature;
    QString definition; // JSON
    AuditInfo audit;

    bool operator==(const ImportMapping&) const = default;
};

} // namespace accord
