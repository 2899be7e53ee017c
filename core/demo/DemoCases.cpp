#include "DemoCases.h"

#include "DemoCaseData.h"
#include "DemoContext.h"
#include "domain/Action.h"
#include "domain/CaseReview.h"
#include "domain/CaseRootCause.h"
#include "domain/Decision.h"
#include "domain/FrictionCase.h"
#include "domain/StageChange.h"
#include "playbook/CasePrefill.h"

#include <iterator>

namespace accord::demo {
namespace {

// Why the case moved into each stage, indexed by the stage it moved to.
const char* const kMoveNotes[] = {
    "",
    "Taken up for diagnosis",
    "Root causes agreed with both teams",
    "Shared outcome and KPI agreed",
    "Decision recorded",
    "Actions in place; handed to the operating rhythm",
    "Retrospective started",
};

const char* const kReviewNotes[] = {
    "KPI moving towards target; no change to the actions.",
    "Both teams confirmed the numbers; next step owned.",
    "Metric flat this period; kept under review.",
    "No new friction raised since the last review.",
};

// Reviews kept per case: the most recent ones are what a reader looks at.
constexpr qsizetype kReviewsKept = 3;

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QDate between(QDate from, QDate to, int step, int steps)
{
    return from.addDays(from.daysTo(to) * step / steps);
}

// When the case made each of its moves along the playbook. The moves up to Decide are spread between raising and
// deciding, the later ones between deciding and reaching the current stage.
QList<QDate> moveDates(int moves, QDate raised, QDate decided, QDate entered)
{
    const int decide = int(CaseStage::Decide);
    QList<QDate> dates;
    for (int move = 1; move <= moves; ++move) {
        if (moves <= decide)
            dates << between(raised, entered, move, moves);
        else if (move <= decide + 1)
            dates << between(raised, decided, move, decide + 1);
        else
            dates << between(decided, entered, move - decide - 1, moves - decide - 1);
    }
    return dates;
}

struct DecisionDay
{
    QDate date;
    Id meetingId = 0;
};

// A decision taken in a rhythm's meeting carries that meeting's date.
DecisionDay decisionDay(const DemoContext& context, const DecisionSpec& spec)
{
    const QDate wanted = context.today().addDays(-spec.daysAgo);
    if (spec.rhythm)
        if (const DemoContext::MeetingRef* meeting = context.heldMeetingNear(QLatin1String(spec.rhythm), wanted))
            return {meeting->date, meeting->id};
    return {wanted, 0};
}

bool addDecision(DemoContext& context, Id caseId, const DecisionSpec& spec, const DecisionDay& day,
                 DecisionStatus status, Decision* decision)
{
    decision->caseId = caseId;
    decision->meetingId = day.meetingId;
    decision->ownerId = context.personId(spec.owner);
    decision->contributorIds = context.personIds(spec.contributors);
    decision->criteria = text(spec.criteria);
    decision->escalationToId = context.personId(spec.escalationTo);
    decision->escalationAfterDays = spec.escalationAfterDays;
    decision->text = text(spec.text);
    decision->decidedOn = day.date;
    decision->status = status;
    return context.insert(*decision);
}

bool addRootCauses(DemoContext& context, Id caseId, const CaseSpec& spec)
{
    int order = 0;
    for (const RootCauseSpec& cause : spec.rootCauses) {
        CaseRootCause row;
        row.caseId = caseId;
        row.categoryId = context.id(Vocabulary::RootCause, cause.category);
        row.evidence = text(cause.evidence);
        row.sortOrder = order++;
        if (!context.insert(row))
            return false;
    }
    return true;
}

bool addHistory(DemoContext& context, Id caseId, const CaseSpec& spec, const QList<QDate>& moves)
{
    for (int move = 1; move <= moves.size(); ++move) {
        StageChange change;
        change.caseId = caseId;
        change.fromStage = CaseStage(move - 1);
        change.toStage = CaseStage(move);
        change.changedAt = DemoContext::at(moves[move - 1], 15);
        const bool afterDecision = change.toStage > CaseStage::Decide;
        change.changedBy = context.person(afterDecision ? spec.decision.owner : spec.raisedBy).name;
        change.note = text(kMoveNotes[move]);
        if (!context.insert(change))
            return false;
    }
    return true;
}

// Writes the decisions of a case past Decide and returns the meeting in which the one in force was taken.
bool addDecisions(DemoContext& context, Id caseId, const CaseSpec& spec, const DecisionDay& first, Id* meetingId)
{
    const bool revised = spec.revision.text != nullptr;
    Decision original;
    if (!addDecision(context, caseId, spec.decision, first,
                     revised ? DecisionStatus::Superseded : DecisionStatus::InForce, &original))
        return false;
    *meetingId = first.meetingId;
    if (!revised)
        return true;
    const DecisionDay day = decisionDay(context, spec.revision);
    Decision revision;
    revision.supersedesId = original.id;
    *meetingId = day.meetingId;
    return addDecision(context, caseId, spec.revision, day, DecisionStatus::InForce, &revision);
}

bool addActions(DemoContext& context, Id caseId, const CaseSpec& spec, QDate decidedOn)
{
    for (const ActionSpec& item : spec.actions) {
        Action action;
        action.caseId = caseId;
        action.kind = item.kind;
        action.title = text(item.title);
        action.ownerId = context.personId(item.owner);
        action.dueOn = decidedOn.addDays(item.dueAfterDecision);
        action.status = item.status;
        // Work that got done was usually finished a couple of days before it was due.
        if (item.status == ActionStatus::Done)
            action.doneOn = qMin(action.dueOn.addDays(-2), context.today());
        if (!context.insert(action))
            return false;
        context.addAction({action.id, caseId, action.title, action.dueOn, action.doneOn});
    }
    return true;
}

// The rhythm's meetings since the case entered Govern looked at it.
bool addReviews(DemoContext& context, const FrictionCase& c, const QString& rhythm, QDate from)
{
    const QDate until = c.closedOn.isValid() ? c.closedOn : context.today();
    QList<DemoContext::MeetingRef> held;
    for (const DemoContext::MeetingRef& meeting : context.meetings())
        if (meeting.held && meeting.rhythm == rhythm && meeting.date >= from && meeting.date <= until)
            held << meeting;
    int turn = 0;
    for (const DemoContext::MeetingRef& meeting : held.mid(qMax(0, held.size() - kReviewsKept))) {
        CaseReview review;
        review.caseId = c.id;
        review.meetingId = meeting.id;
        review.reviewedOn = meeting.date;
        review.note = text(kReviewNotes[std::size_t(turn++) % std::size(kReviewNotes)]);
        if (!context.insert(review))
            return false;
    }
    return true;
}

// The mechanism a facilitator starts from: what surfacing the case from its pattern or type pre-fills.
QString mechanismFor(const FrictionCase& c, const QHash<Id, FrictionType>& types,
                     const QHash<Id, ConflictPattern>& patterns)
{
    const FrictionType type = types.value(c.frictionTypeId);
    const auto pattern = patterns.constFind(c.conflictPatternId);
    return (pattern == patterns.cend() ? CasePrefill::fromFrictionType(type) : CasePrefill::fromPattern(*pattern, type))
        .mechanism;
}

bool addCase(DemoContext& context, const CaseSpec& spec, const QHash<Id, FrictionType>& types,
             const QHash<Id, ConflictPattern>& patterns)
{
    const QDate today = context.today();
    const bool decided = spec.stage > CaseStage::Decide;
    const DecisionDay decision = decided ? decisionDay(context, spec.decision) : DecisionDay{};
    const QDate raised = today.addDays(-spec.raisedDaysAgo);
    const QDate entered = spec.stage == CaseStage::Resolve ? decision.date : today.addDays(-spec.enteredDaysAgo);
    const QList<QDate> moves = moveDates(int(spec.stage), raised, decision.date, entered);

    FrictionCase c;
    c.title = text(spec.title);
    c.frictionTypeId = context.id(Vocabulary::FrictionType, spec.type);
    c.conflictPatternId = spec.pattern ? context.id(Vocabulary::Pattern, spec.pattern) : 0;
    c.teamIds = context.ids(Vocabulary::Team, spec.teams);
    c.looksLike = text(spec.looksLike);
    c.impactedMetricId = context.id(Vocabulary::Metric, spec.metric);
    c.blockedDecision = text(spec.blockedDecision);
    c.mechanism = mechanismFor(c, types, patterns);
    c.funnelStageId = context.id(Vocabulary::FunnelStage, spec.funnelStage);
    c.revenueAtRisk = spec.revenueAtRisk;
    c.severity = spec.severity;
    c.raisedById = context.personId(spec.raisedBy);
    c.raisedOn = raised;
    c.dataTrustSignalIds = context.ids(Vocabulary::TrustSignal, spec.signals);
    if (spec.outcome) {
        c.sharedOutcomeId = context.id(Vocabulary::Outcome, spec.outcome);
        c.kpiMetricId = context.id(Vocabulary::Metric, spec.kpi);
        c.kpiBaseline = spec.baseline;
        c.kpiTarget = spec.target;
        c.kpiTargetDate = today.addDays(spec.targetInDays);
    }
    c.whatWorked = text(spec.learn.whatWorked);
    c.whatRecurred = text(spec.learn.whatRecurred);
    c.evidence = text(spec.learn.evidence);
    c.kpiMovement = text(spec.learn.kpiMovement);
    if (spec.learn.closedDaysAgo >= 0) {
        c.status = CaseStatus::Closed;
        c.closedOn = today.addDays(-spec.learn.closedDaysAgo);
    }
    if (spec.rhythm) {
        // A closed case keeps the review that confirmed the closure as its last "next review".
        c.rhythmId = context.id(Vocabulary::Rhythm, spec.rhythm);
        c.nextReviewOn = context.nextMeeting(QLatin1String(spec.rhythm), c.closedOn.isValid() ? c.closedOn : today);
    }
    c.stage = spec.stage;
    c.stageEnteredAt = moves.isEmpty() ? DemoContext::at(raised, 9) : DemoContext::at(moves.last(), 15);
    c.archived = spec.archived;
    if (!context.insert(c) || !addRootCauses(context, c.id, spec) || !addHistory(context, c.id, spec, moves))
        return false;

    DemoContext::CaseRef ref{c.id, c.title, QLatin1String(spec.rhythm), c.kpiMetricId, raised, c.closedOn, 0, {}};
    if (spec.stage == CaseStage::Decide) {
        // Waiting for a decision: the proposal is on the table and the escalation clock runs from entering Decide.
        Decision proposal;
        if (!addDecision(context, c.id, spec.decision, {}, DecisionStatus::Proposed, &proposal))
            return false;
        ref.escalationDueOn = entered.addDays(spec.decision.escalationAfterDays);
    }
    if (decided) {
        if (!addDecisions(context, c.id, spec, decision, &ref.decisionMeetingId) ||
            !addActions(context, c.id, spec, decision.date))
            return false;
        if (spec.fixesFunnel)
            context.setFunnelFixedOn(decision.date);
    }
    if (spec.stage >= CaseStage::Govern && !addReviews(context, c, ref.rhythm, moves[int(CaseStage::Govern) - 1]))
        return false;
    if (!spec.archived)
        context.addCase(ref);
    return true;
}

} // namespace

bool addCases(DemoContext& context)
{
    QHash<Id, FrictionType> types;
    for (const FrictionType& type : context.list<FrictionType>())
        types.insert(type.id, type);
    QHash<Id, ConflictPattern> patterns;
    for (const ConflictPattern& pattern : context.list<ConflictPattern>())
        patterns.insert(pattern.id, pattern);
    for (const CaseSpec& spec : caseSpecs())
        if (!addCase(context, spec, types, patterns))
            return false;
    return context.ok();
}

} // namespace accord::demo
