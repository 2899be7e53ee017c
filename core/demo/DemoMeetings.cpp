#include "DemoMeetings.h"

#include "DemoContext.h"
#include "domain/AgendaItem.h"
#include "domain/Decision.h"
#include "domain/Experiment.h"
#include "domain/OperatingRhythm.h"
#include "domain/ReviewMeeting.h"

#include <QLocale>
#include <vector>

namespace accord::demo {
namespace {

struct StandingItem
{
    const char* title;
    const char* metric; // a standing look at a metric's movement; nullptr for a plain standing item
};

struct RhythmSpec
{
    const char* code;
    const char* title;
    const char* chair;
    std::vector<const char*> attendees;
    int weekday;     // 1 Monday … 7 Sunday
    int weekOfMonth; // 0: every week
    int monthStep;   // 3: only in the first month of each quarter
    bool planNext;   // whether the next occurrence is already on the calendar
    std::vector<StandingItem> agenda;
    std::vector<const char*> minutes; // used in turn, one per held meeting
};

const RhythmSpec kRhythms[] = {
    {"weekly_execution",
     "Weekly execution review",
     "revops",
     {"revops", "sdrmgr", "demandgen", "mops", "salesops", "vpsales"},
     1,
     0,
     1,
     false,
     {{"Unworked MQL queue by segment", nullptr},
      {"First-touch SLA breaches last week", "sla_breach_rate"},
      {"Median first-touch time", "median_first_touch_hours"}},
     {"Walked the unworked-MQL queue by segment. Mid-market cleared; two enterprise leads re-routed by hand.",
      "First-touch breaches cluster on Friday afternoon leads. Agreed an SDR cover rota for Fridays.",
      "Reject reasons reviewed: “not ICP” is still the top reason on paid search. Marketing tightens the audience.",
      "Routing table checked after the territory change; three misroutes found and fixed.",
      "Quiet week: queue under target, nothing escalated. Overdue actions carried to next week."}},
    {"monthly_revenue",
     "Monthly revenue review",
     "cro",
     {"cro", "cmo", "revops", "vpsales", "csdir", "pmm", "cfo"},
     4,
     2,
     1,
     true,
     {{"Scorecard: pipeline created against plan", "pipeline_created"},
      {"MQL→SQL conversion by source", "mql_to_sql_conversion"},
      {"Forecast accuracy, last month's commit against actuals", "forecast_accuracy"},
      {"Monthly pulse results", nullptr}},
     {"Scorecard reviewed with every team on the same numbers. Open cases walked in severity order.",
      "Funnel council: stage conversion by source and segment. Two experiments agreed for next month.",
      "Pulse discussed team by team; the one-things fed into the case list.",
      "Forecast against actuals reviewed; commit categories questioned again by Finance.",
      "Retention and onboarding reviewed with Customer Success; time to value still above target."}},
    {"quarterly_planning",
     "Quarterly planning",
     "ceo",
     {"ceo", "cfo", "cro", "cmo", "revops", "csdir", "pmm", "cpo"},
     2,
     1,
     3,
     false,
     {{"Targets and capacity for the quarter", "revenue_attainment"}, {"Cross-team goals review", nullptr}},
     {"Quarter targets set from the pipeline model; capacity gaps in mid-market sales and onboarding noted.",
      "Cross-team goals renewed; two carried over. Roadmap trade-offs with CS agreed for the quarter."}},
};

struct ExperimentSpec
{
    const char* hypothesis;
    const char* owner;
    const char* metric;
    int days;
    ExperimentStatus outcome;
    const char* result;
};

const ExperimentSpec kExperiments[] = {
    {"If paid-search ads exclude companies under 20 employees, MQL→SAL conversion rises without losing SQLs",
     "demandgen", "mql_to_sal_conversion", 42, ExperimentStatus::Succeeded,
     "Acceptance up nine points; SQL volume flat."},
    {"If SDRs call webinar attendees the same day, meetings booked per webinar double", "sdrmgr",
     "median_first_touch_hours", 30, ExperimentStatus::Succeeded, "Meetings booked rose from 11 to 19 per webinar."},
    {"If enterprise inbound skips the SDR queue and goes straight to the AE, first touch halves", "vpsales",
     "median_first_touch_hours", 30, ExperimentStatus::Failed, "AEs were slower than SDRs on inbound; reverted."},
    {"If the forecast call covers only deals that changed category, it takes 30 minutes and accuracy holds", "revops",
     "forecast_accuracy", 45, ExperimentStatus::Succeeded, "Call down to 35 minutes; accuracy held within a point."},
    {"If every AE uses the Lakehouse Connect talk track on ten calls, message adoption passes 50%", "pmm",
     "message_adoption", 30, ExperimentStatus::Stopped, "Stopped when the launch moved; restart with the bundle."},
    {"If partner-portal leads route by account owner first, misroutes fall below 3%", "salesops", "misroute_rate", 30,
     ExperimentStatus::Succeeded, "Misroutes fell from 7% to 2.5%."},
    {"If CS joins the last call of deals over $100k, time to value drops below 50 days", "csdir", "time_to_value", 60,
     ExperimentStatus::Failed, "Too few deals closed in the window to tell; extended as a standing rule."},
    {"If the monthly pulse asks one question only, more than 80% of people answer", "revops", "pulse_score", 30,
     ExperimentStatus::Succeeded, "19 of 20 people answered."},
    {"If rejected leads with “not ready” go to a six-week nurture, a tenth of them come back as MQLs", "mops",
     "mql_to_sql_conversion", 45, ExperimentStatus::Succeeded, "14% came back; half of those were accepted."},
    {"If mid-market AEs send a mutual action plan after discovery, fewer commit deals slip", "vpsales",
     "forecast_accuracy", 45, ExperimentStatus::Succeeded, "Slipped commit deals fell from 41% to 24%."},
    {"If expansion signals from usage alerts go to the AE and the CSM together, expansion pipeline doubles", "csdir",
     "expansion_revenue", 60, ExperimentStatus::Failed, "Alerts were ignored without an owner; see case."},
    {"If the board pack links to the scorecard instead of team decks, prep time halves", "revops",
     "reporting_consistency", 30, ExperimentStatus::Succeeded, "Prep went from three days to one."},
};

const RhythmSpec& rhythmSpec(const QString& code)
{
    for (const RhythmSpec& spec : kRhythms)
        if (code == QLatin1String(spec.code))
            return spec;
    return kRhythms[0];
}

// The dates a rhythm meets between two days: every given weekday, or the n-th such weekday of each month it meets.
QList<QDate> occurrences(const RhythmSpec& spec, QDate from, QDate until)
{
    QList<QDate> dates;
    if (spec.weekOfMonth == 0) {
        for (QDate d = from.addDays((spec.weekday - from.dayOfWeek() + 7) % 7); d <= until; d = d.addDays(7))
            dates << d;
        return dates;
    }
    for (QDate month(from.year(), from.month(), 1); month <= until; month = month.addMonths(1)) {
        if ((month.month() - 1) % spec.monthStep != 0)
            continue;
        const QDate d = month.addDays((spec.weekday - month.dayOfWeek() + 7) % 7 + 7 * (spec.weekOfMonth - 1));
        if (d >= from && d <= until)
            dates << d;
    }
    return dates;
}

bool scheduleRhythm(DemoContext& context, const RhythmSpec& spec, OperatingRhythm rhythm)
{
    rhythm.chairId = context.personId(spec.chair);
    rhythm.attendeeIds = context.personIds(spec.attendees);
    if (!context.update(rhythm))
        return false;
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    // A year ahead is far enough to find the next meeting of any rhythm.
    for (const QDate& date : occurrences(spec, context.monthStart(6), context.today().addYears(1))) {
        const bool held = date < context.today();
        if (held || spec.planNext) {
            ReviewMeeting meeting;
            meeting.rhythmId = rhythm.id;
            meeting.title = QStringLiteral("%1, %2").arg(QLatin1String(spec.title),
                                                         english.toString(date, QStringLiteral("d MMMM yyyy")));
            meeting.heldOn = date;
            meeting.facilitatorId = rhythm.chairId;
            meeting.status = held ? MeetingStatus::Held : MeetingStatus::Planned;
            // Somebody is usually out; the chair always comes.
            for (Id attendee : std::as_const(rhythm.attendeeIds))
                if (attendee == rhythm.chairId || !held || context.chance(0.88))
                    meeting.attendeeIds << attendee;
            if (!context.insert(meeting))
                return false;
            context.addMeeting({meeting.id, rhythm.code, date, held});
        }
        if (!held) {
            context.setNextMeeting(rhythm.code, date);
            break;
        }
    }
    return true;
}

// Writes a meeting's agenda items in order.
class AgendaWriter
{
public:
    AgendaWriter(DemoContext& context, const DemoContext::MeetingRef& meeting) : m_context(context), m_meeting(meeting)
    {}

    bool add(AgendaItemKind kind, const QString& title, Id caseId = 0, Id metricId = 0, Id actionId = 0)
    {
        AgendaItem item;
        item.meetingId = m_meeting.id;
        item.kind = kind;
        item.title = title;
        item.caseId = caseId;
        item.metricId = metricId;
        item.actionId = actionId;
        item.done = m_meeting.held;
        item.sortOrder = m_order++;
        return m_context.insert(item);
    }

private:
    DemoContext& m_context;
    const DemoContext::MeetingRef& m_meeting;
    int m_order = 0;
};

bool isOpenOn(const DemoContext::CaseRef& c, QDate date)
{
    return c.raisedOn <= date && (!c.closedOn.isValid() || c.closedOn >= date);
}

bool isOverdueOn(const DemoContext::ActionRef& action, QDate date)
{
    // Only what fell overdue in the last month is raised; older items have their own escalation.
    return action.dueOn < date && action.dueOn.daysTo(date) <= 30 && (!action.doneOn.isValid() || action.doneOn > date);
}

bool writeAgenda(DemoContext& context, const DemoContext::MeetingRef& meeting, const RhythmSpec& spec,
                 QStringList* decided)
{
    AgendaWriter agenda(context, meeting);
    for (const StandingItem& item : spec.agenda) {
        const bool movement = item.metric != nullptr;
        if (!agenda.add(movement ? AgendaItemKind::MetricMovement : AgendaItemKind::Standing,
                        QString::fromUtf8(item.title), 0, movement ? context.id(Vocabulary::Metric, item.metric) : 0))
            return false;
    }
    for (const DemoContext::CaseRef& c : context.cases()) {
        if (!isOpenOn(c, meeting.date))
            continue;
        if (c.decisionMeetingId == meeting.id)
            *decided << c.title;
        if ((c.rhythm == meeting.rhythm || c.decisionMeetingId == meeting.id) &&
            !agenda.add(AgendaItemKind::CaseReview, c.title, c.id, c.kpiMetricId))
            return false;
        if (c.escalationDueOn.isValid() && c.escalationDueOn <= meeting.date &&
            !agenda.add(AgendaItemKind::Escalation, QStringLiteral("Decision overdue: %1").arg(c.title), c.id))
            return false;
    }
    if (meeting.rhythm != QLatin1String("weekly_execution"))
        return true;
    for (const DemoContext::ActionRef& action : context.actions()) {
        if (isOverdueOn(action, meeting.date) &&
            !agenda.add(AgendaItemKind::OverdueAction, action.title, action.caseId, 0, action.id))
            return false;
    }
    return true;
}

} // namespace

bool addMeetings(DemoContext& context)
{
    const QList<OperatingRhythm> rhythms = context.list<OperatingRhythm>();
    for (const RhythmSpec& spec : kRhythms) {
        const Id id = context.id(Vocabulary::Rhythm, spec.code);
        for (const OperatingRhythm& rhythm : rhythms)
            if (rhythm.id == id && !scheduleRhythm(context, spec, rhythm))
                return false;
    }
    return context.ok();
}

bool addAgendas(DemoContext& context)
{
    QHash<Id, ReviewMeeting> rows;
    for (const ReviewMeeting& meeting : context.list<ReviewMeeting>())
        rows.insert(meeting.id, meeting);
    QHash<QString, int> heldSoFar;
    for (const DemoContext::MeetingRef& ref : context.meetings()) {
        const RhythmSpec& spec = rhythmSpec(ref.rhythm);
        QStringList decided;
        if (!writeAgenda(context, ref, spec, &decided))
            return false;
        if (!ref.held)
            continue;
        ReviewMeeting meeting = rows.value(ref.id);
        const int turn = heldSoFar[ref.rhythm]++;
        meeting.minutes = QString::fromUtf8(spec.minutes[std::size_t(turn) % spec.minutes.size()]);
        for (const QString& title : std::as_const(decided))
            meeting.minutes += QStringLiteral(" Decided: %1.").arg(title);
        if (!context.update(meeting))
            return false;
    }
    return context.ok();
}

bool addMeetingOutcomes(DemoContext& context)
{
    int reviews = 0;
    int turn = 0;
    const DemoContext::MeetingRef* latest = nullptr;
    for (const DemoContext::MeetingRef& meeting : context.meetings()) {
        if (meeting.rhythm != QLatin1String("monthly_revenue") || !meeting.held)
            continue;
        latest = &meeting;
        // Every other review agrees a second experiment.
        const int count = reviews++ % 2 == 0 ? 2 : 1;
        for (int i = 0; i < count; ++i) {
            const ExperimentSpec& spec = kExperiments[std::size_t(turn + i) % std::size(kExperiments)];
            Experiment experiment;
            experiment.meetingId = meeting.id;
            experiment.hypothesis = QString::fromUtf8(spec.hypothesis);
            experiment.ownerId = context.personId(spec.owner);
            experiment.metricId = context.id(Vocabulary::Metric, spec.metric);
            experiment.startOn = meeting.date.addDays(3);
            experiment.endOn = experiment.startOn.addDays(spec.days);
            const bool finished = experiment.endOn < context.today();
            experiment.status = finished ? spec.outcome : ExperimentStatus::Running;
            experiment.result = finished ? QString::fromUtf8(spec.result) : QString();
            if (!context.insert(experiment))
                return false;
        }
        turn += count;
    }
    if (!latest)
        return context.ok();
    // A decision about how the review itself works, taken without a case behind it.
    Decision decision;
    decision.meetingId = latest->id;
    decision.ownerId = context.personId("cro");
    decision.contributorIds = context.personIds({"cmo", "revops", "cfo"});
    decision.criteria = QStringLiteral("One number per question for the board, reproducible from the dictionary.");
    decision.escalationToId = context.personId("ceo");
    decision.escalationAfterDays = 7;
    decision.text = QStringLiteral("The board pack uses the scorecard's pipeline and conversion numbers only; team "
                                   "decks link to them instead of restating figures.");
    decision.decidedOn = latest->date;
    decision.status = DecisionStatus::InForce;
    return context.insert(decision);
}

} // namespace accord::demo
