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

// The reports Accord exports, built from a workspace: ready for ReportRenderer to paint on a PDF or a printer.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    // One case's decision summary; null with the reason when the case cannot be read.
    static std::unique_ptr<Report> decisionSummary(Workspace& workspace, Id caseId, QString* error);
    // The minutes of one review meeting; null with the reason when the meeting cannot be read.
    static std::unique_ptr<Report> meetingMinutes(Workspace& workspace, Id meetingId, QString* error);
};

} // namespace accord
