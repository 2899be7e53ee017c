#pragma once

#include "domain/Action.h"
#include "domain/CaseReview.h"
#include "domain/CaseRootCause.h"
#include "domain/Decision.h"
#include "domain/FrictionCase.h"
#include "domain/StageChange.h"

#include <QList>

#include <optional>

namespace accord {

class Workspace;

// A case with everything the playbook recorded about it: what the rules and the wizard look at together.
struct CaseFile
{
    FrictionCase frictionCase;
    QList<CaseRootCause> rootCauses;
    std::optional<Decision> decision; // the case's current decision: the one in force, else the latest
    QList<Action> actions;
    QList<CaseReview> reviews;
    QList<StageChange> history;

    static std::optional<CaseFile> load(Workspace& workspace, Id caseId, QString* error);
};

} // namespace accord
