#include "Reports.h"

#include "DecisionSummary.h"
#include "MinutesReport.h"
#include "Report.h"
#include "ReportContext.h"
#include "playbook/CaseFile.h"
#include "reviews/MeetingMinutes.h"
#include "workspace/Workspace.h"

namespace accord {
namespace {

// A report of the workspace's company, dated today, by the person exporting it.
std::unique_ptr<Report> started(Workspace& workspace, const ReportContext& context, const QString& title,
                                const QString& subject)
{
    auto report = std::make_unique<Report>();
    report->title = title;
    report->subject = subject;
    report->author = workspace.currentUser();
    report->company = context.company();
    report->date = context.today();
    return report;
}

} // namespace

std::unique_ptr<Report> Reports::decisionSummary(Workspace& workspace, Id caseId, QString* error)
{
    auto context = ReportContext::load(workspace, error);
    if (!context)
        return nullptr;
    const auto file = CaseFile::load(workspace, caseId, error);
    if (!file)
        return nullptr;
    auto report = started(workspace, *context, tr("Decision summary: %1").arg(file->frictionCase.title),
                          tr("Decision summary of case %1 of %2").arg(caseId).arg(context->company()));
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
    auto report =
        started(workspace, *context, tr("Minutes: %1").arg(minutes->meeting.title),
                tr("Minutes of the review meeting “%1” of %2").arg(minutes->meeting.title, context->company()));
    report->sections.push_back(MinutesReport::section(*context, *minutes));
    return report;
}

} // namespace accord
