#pragma once

#include "domain/Enums.h"
#include "domain/Id.h"

#include <QCoreApplication>
#include <QList>
#include <memory>
#include <optional>

namespace accord {

class Workspace;
struct Report;

// The pack handed round at a workshop: cover, contents, the friction heat map and matrix, the scorecard, a
// decision summary for each case in the order given, and the decisions of the day on one page.
class WorkshopPack
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopPack)

public:
    static std::unique_ptr<Report> create(Workspace& workspace, const QList<Id>& caseIds, QString* error);
    // The open cases a pack covers when none are named: all of them, or those at one step of the playbook.
    static QList<Id> openCases(Workspace& workspace, std::optional<CaseStage> stage, QString* error);
};

} // namespace accord
