#pragma once

#include "ImportProblem.h"
#include "domain/Id.h"

namespace accord {

// What came of importing one file. Nothing is written unless the outcome is Imported.
struct ImportSummary
{
    enum class Outcome {
        Imported,  // written and committed
        Validated, // a dry run read every row
        Rejected,  // problems kept the file out; see problems
        Cancelled, // stopped by the progress handler; nothing written
        Failed     // storage failed; see error
    };

    Outcome outcome = Outcome::Failed;
    QString error;
    Id importId = 0;
    int rowsRead = 0;
    int rowsImported = 0; // new records
    int rowsUpdated = 0;  // records already stored under the same kind and id
    int rowsRejected = 0;
    QList<ImportProblem> problems; // in file order
};

} // namespace accord
