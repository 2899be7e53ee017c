#pragma once

#include <QCoreApplication>
#include <memory>

namespace accord {

class ReportBuilder;
class ReportContext;
class ReportSection;
struct MeetingMinutes;

// A review meeting's minutes as they are filed after the meeting: who met and when, the agenda with what was
// ticked, the decisions taken, the experiments agreed and the facilitator's notes. The same document as the
// Markdown minutes, typeset by the report code.
class MinutesReport
{
    Q_DECLARE_TR_FUNCTIONS(MinutesReport)

public:
    static std::unique_ptr<ReportSection> section(const ReportContext& context, const MeetingMinutes& minutes);

private:
    static void write(ReportBuilder& builder, const ReportContext& context, const MeetingMinutes& minutes);
};

} // namespace accord
