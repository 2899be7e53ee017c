#include "Reports.h"

#include "DecisionSummary.h"
#include "MinutesReport.h"
#include "Report.h"
#include "ReportContext.h"
#include "playbook/CaseFile.h"
#include "reviews/MeetingMinutes.h"
#include "workspace/Workspace.h"

namespace accord {

std::unique_ptr<Report> Reports::decisionSummary(Workspace& workspace, Id caseId, QString* error)
{
    auto context = ReportContext::load(workspace, error);
    if (!context)
        return nullptr;
    const auto file = CaseFile::load(workspace, caseId, error);
    if (!file)
        return nullptr;
    auto report = std::make_unique<Report>();
    report->title = tr("Decision summary: %1").arg(file->frictionCase.title);
    report->subject = tr("Decision summary of case %1 of %2").arg(caseId).arg(context->company());
    report->author = workspace.currentUser();
    report->company = context->company();
    report->date = context->today();
    report->sections.push_back(DecisionSummary::section(*context, *file));
    return report;
}

std::unique_ptr<Report> Reports::meetingMinutes(Workspace& workspace, Id meetingId, QString* error)
{
    auto context = ReportContext::load(workspace, error);
    if (!context)
        return nullptr;
    const auto minutes = MeetingMinutes::build(workspace, meetingId, error);
    if (!minutes)
        return nullptr;
    auto report = std::make_unique<Report>();
    report->title = tr("Minutes: %1").arg(minutes->meeting.title);
    report->subject = tr("Minutes of the review meeting “%1” of %2").arg(minutes->meeting.title, context->company());
    report->author = workspace.currentUser();
    report->company = context->company();
    report->date = context->today();
    report->sections.push_back(MinutesReport::section(*context, *minutes));
    return report;
}

} // namespace accord
