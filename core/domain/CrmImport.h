#pragma once

#include "Id.h"

#include <QDateTime>
#include <QString>

namespace accord {

// One run of the CRM importer, for lineage: which file, when, and what came of its rows.
struct CrmImport
{
    Id id = 0;
    QString fileName;
    QDateTime importedAt;
    QString importedBy;
    QString timeZone;
    Id mappingId = 0;
    int rowsRead = 0;
    int rowsImported = 0;
    int rowsUpdated = 0;
    int rowsRejected = 0;

    bool operator==(const CrmImport&) const = default;
};

} // namespace accord
