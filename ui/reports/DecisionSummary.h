#pragma once

#include <QCoreApplication>
#include <memory>

namespace accord {

class ReportBuilder;
class ReportContext;
class ReportSection;
struct CaseFile;

// One case as a board reads it: what surfaced, the diagnosis, the shared outcome, the decision in a box of its
// own, the actions, governance, the learnings once the case is at Learn, the KPI's trend and any definition
// change of its metrics within the report's period.
class DecisionSummary
{
    Q_DECLARE_TR_FUNCTIONS(DecisionSummary)

public:
    // The summary as a section of its own, starting on a new page.
    static std::unique_ptr<ReportSection> section(ReportContext& context, const CaseFile& file);
    static QString heading(const CaseFile& file);

private:
    static void write(ReportBuilder& builder, ReportContext& context, const CaseFile& file);
};

} // namespace accord
