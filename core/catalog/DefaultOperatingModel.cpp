#include "DefaultRows.h"
#include "Defaults.h"

namespace accord::Catalog {
namespace {

struct FunnelStageRow
{
    const char* code;
    const char* name;
    const char* ownerTeam;
    const char* entryCriteria;
    const char* exitCriteria;
    const char* recordField; // a column of crm_records
};

const FunnelStageRow funnelStageRows[] = {
    {"inquiry", QT_TRANSLATE_NOOP("accord::Catalog", "Inquiry"), "marketing",
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Someone raises a hand: a form, an event scan, a content download or an inbound call."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Contact details are complete, and the record is not a duplicate, a competitor, a student or "
                       "part of a deal already open."),
     "inquiry_at"},
    {"mql", QT_TRANSLATE_NOOP("accord::Catalog", "Marketing-qualified lead (MQL)"), "marketing",
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The company fits the ideal customer profile and the person shows intent or enough engagement "
                       "to pass the scoring threshold."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Routed to the right owner with source, segment and engagement history attached."),
     "mql_at"},
    {"sal", QT_TRANSLATE_NOOP("accord::Catalog", "Sales-accepted lead (SAL)"), "sales",
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Sales has reviewed the lead within the first-touch SLA and agrees it is worth working."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Contact made and a need confirmed, or the lead rejected with a reason from the list."),
     "sal_at"},
    {"sql", QT_TRANSLATE_NOOP("accord::Catalog", "Sales-qualified lead (SQL)"), "sales",
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "A discovery meeting has been held and it confirmed a real problem, someone who owns the budget "
                       "and a timeline."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The buyer agrees to evaluate, and an opportunity is opened with an amount and a close date."),
     "sql_at"},
    {"opportunity", QT_TRANSLATE_NOOP("accord::Catalog", "Opportunity"), "sales",
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "An opportunity with amount, close date and stage, and the buyer's decision process mapped: "
                       "who decides, who signs and by when."),
     QT_TRANSLATE_NOOP("accord::Catalog", "Closed won with a signed order, or closed lost with the reason recorded."),
     "opportunity_at"},
    {"revenue", QT_TRANSLATE_NOOP("accord::Catalog", "Revenue"), "customer_success",
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The contract is signed and the handoff to Customer Success carries the success criteria and "
                       "risks."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The customer reaches first value; renewal and expansion are tracked from here."),
     "won_at"},
};

struct SlaRow
{
    SlaKind kind;
    const char* name;
    const char* ownerTeam;
    const char* counterpartTeam;
    const char* description;
    const char* requiredFields;   // one per line; none for time-based SLAs
    const char* suppressionRules; // one per line; none for time-based SLAs
    double targetHours;
    double escalateAfterHours;
};

const SlaRow slaRows[] = {
    {SlaKind::LeadStandard, QT_TRANSLATE_NOOP("accord::Catalog", "Marketing lead standard"), "marketing", "sales",
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "What every lead carries before Marketing hands it to Sales, and which leads never reach Sales "
                       "at all."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Name and business e-mail\nCompany and segment\nCountry or territory\nLead source and "
                       "campaign\nThe engagement that made it qualified"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Existing customers and accounts with an open opportunity\nCompetitors, students and private "
                       "e-mail addresses\nDuplicates of a lead worked in the last 90 days\nPeople who opted out of "
                       "contact"),
     0, 0},
    {SlaKind::FirstTouch, QT_TRANSLATE_NOOP("accord::Catalog", "Sales first touch"), "sales", "marketing",
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Sales contacts every lead it receives within the target time; a lead still untouched at the "
                       "escalation time goes to the sales manager."),
     nullptr, nullptr, 24, 32},
    {SlaKind::Disposition, QT_TRANSLATE_NOOP("accord::Catalog", "Sales disposition"), "sales", "marketing",
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Sales accepts every lead or rejects it with a reason from the list within the target time, so "
                       "that Marketing learns from each one."),
     nullptr, nullptr, 72, 96},
};

struct RejectReasonRow
{
    const char* code;
    const char* name;
    const char* description;
    RejectAction action;
};

const RejectReasonRow rejectReasonRows[] = {
    {"not_ready", QT_TRANSLATE_NOOP("accord::Catalog", "Not ready to buy"),
     QT_TRANSLATE_NOOP("accord::Catalog", "A good fit, but with no budget or project in the next two quarters."),
     RejectAction::Nurture},
    {"researching", QT_TRANSLATE_NOOP("accord::Catalog", "Only researching"),
     QT_TRANSLATE_NOOP("accord::Catalog", "Reading and learning, with no sign of a buying decision yet."),
     RejectAction::Nurture},
    {"bad_contact", QT_TRANSLATE_NOOP("accord::Catalog", "Contact details missing or wrong"),
     QT_TRANSLATE_NOOP("accord::Catalog", "No working phone or e-mail, or the role is unknown."), RejectAction::Enrich},
    {"unknown_company", QT_TRANSLATE_NOOP("accord::Catalog", "Company not identified"),
     QT_TRANSLATE_NOOP("accord::Catalog", "The company, its size or its industry is unknown, so fit cannot be judged."),
     RejectAction::Enrich},
    {"wrong_owner", QT_TRANSLATE_NOOP("accord::Catalog", "Wrong owner or territory"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The lead belongs to another region or segment, or to an account someone else already works."),
     RejectAction::Reroute},
    {"not_icp", QT_TRANSLATE_NOOP("accord::Catalog", "Outside the ideal customer profile"),
     QT_TRANSLATE_NOOP("accord::Catalog", "Wrong industry, size or need: this company will not become a customer."),
     RejectAction::Suppress},
    {"not_genuine", QT_TRANSLATE_NOOP("accord::Catalog", "Spam, competitor or student"),
     QT_TRANSLATE_NOOP("accord::Catalog", "Not a prospective buyer at all."), RejectAction::Suppress},
};

struct RhythmRow
{
    const char* code;
    const char* name;
    Cadence cadence;
    const char* purpose;
    const char* standingAgenda; // one item per line
};

const RhythmRow rhythmRows[] = {
    {"weekly_execution", QT_TRANSLATE_NOOP("accord::Catalog", "Weekly execution review"), Cadence::Weekly,
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Catch broken handoffs, SLA breaches and overdue actions while they are still cheap to fix."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "SLA breaches and escalations since last week\nNew friction cases and cases that are stuck\n"
                       "Overdue actions and their owners\nRouting and data-quality exceptions")},
    {"monthly_revenue", QT_TRANSLATE_NOOP("accord::Catalog", "Monthly revenue review (funnel council)"),
     Cadence::Monthly,
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Read the shared scorecard together, decide the cases that are ready, agree one or two "
                       "experiments and publish the decisions. No argument without data."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Scorecard movements since last month\nCases waiting for a decision\nProposed changes to metric "
                       "definitions\nResults of last month's experiments and one or two for the next\nDecisions to "
                       "publish")},
    {"quarterly_planning", QT_TRANSLATE_NOOP("accord::Catalog", "Quarterly planning"), Cadence::Quarterly,
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Turn strategy into priorities, targets, capacity and decision rights for the next quarter, and "
                       "deal with friction that keeps coming back."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Revenue attainment and lessons from the quarter\nRecurring friction and retrospectives\n"
                       "Priorities, targets and capacity for the next quarter\nIdeal customer profile, target "
                       "segments and the joint plan\nDecision rights and escalation paths")},
};

struct AlignmentAreaRow
{
    const char* code;
    const char* name;
    const char* description;
};

const AlignmentAreaRow alignmentAreaRows[] = {
    {"value_proposition", QT_TRANSLATE_NOOP("accord::Catalog", "Value proposition"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "One statement of the problem we solve and why we win, used by Marketing and Sales alike.")},
    {"icp", QT_TRANSLATE_NOOP("accord::Catalog", "Ideal customer profile"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The kind of company, situation and buying signals we go after, agreed by everyone who "
                       "targets them.")},
    {"goals_accountabilities", QT_TRANSLATE_NOOP("accord::Catalog", "Goals and accountabilities"),
     QT_TRANSLATE_NOOP("accord::Catalog", "Shared pipeline and revenue targets, and who answers for each one.")},
    {"roles_responsibilities", QT_TRANSLATE_NOOP("accord::Catalog", "Roles and responsibilities"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Who does what at every funnel stage and handoff, with no gaps and no double work.")},
    {"success_metrics", QT_TRANSLATE_NOOP("accord::Catalog", "Success metrics"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The dictionary metrics both teams are judged by, with definitions everyone has signed off.")},
    {"joint_gtm_plan", QT_TRANSLATE_NOOP("accord::Catalog", "Joint go-to-market plan"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "One quarterly plan of segments, campaigns and sales plays that the teams built together.")},
    {"sales_playbook", QT_TRANSLATE_NOOP("accord::Catalog", "Sales playbook"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "How sellers qualify, position and answer objections, kept in step with the current "
                       "messaging.")},
    {"cadence", QT_TRANSLATE_NOOP("accord::Catalog", "Cadence of accountability"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The meetings where the teams review progress, take decisions and hold each other to them.")},
};

} // namespace

QList<FunnelStage> defaultFunnelStages(const CodeIds& ids, QStringList* unresolved)
{
    QList<FunnelStage> result;
    for (const FunnelStageRow& row : funnelStageRows) {
        FunnelStage stage;
        stage.code = QString::fromLatin1(row.code);
        stage.name = translated(row.name);
        stage.ownerTeamId = resolve(ids.teams, row.ownerTeam, unresolved);
        stage.entryCriteria = translated(row.entryCriteria);
        stage.exitCriteria = translated(row.exitCriteria);
        stage.recordField = QString::fromLatin1(row.recordField);
        stage.sortOrder = int(result.size());
        result.append(stage);
    }
    return result;
}

QList<Sla> defaultSlas(const CodeIds& ids, QStringList* unresolved)
{
    QList<Sla> result;
    for (const SlaRow& row : slaRows) {
        Sla sla;
        sla.kind = row.kind;
        sla.name = translated(row.name);
        sla.ownerTeamId = resolve(ids.teams, row.ownerTeam, unresolved);
        sla.counterpartTeamId = resolve(ids.teams, row.counterpartTeam, unresolved);
        sla.description = translated(row.description);
        sla.requiredFields = translated(row.requiredFields);
        sla.suppressionRules = translated(row.suppressionRules);
        sla.targetHours = row.targetHours;
        sla.escalateAfterHours = row.escalateAfterHours;
        result.append(sla);
    }
    return result;
}

QList<RejectReason> defaultRejectReasons()
{
    QList<RejectReason> result;
    for (const RejectReasonRow& row : rejectReasonRows) {
        RejectReason reason;
        reason.code = QString::fromLatin1(row.code);
        reason.name = translated(row.name);
        reason.description = translated(row.description);
        reason.action = row.action;
        reason.sortOrder = int(result.size());
        result.append(reason);
    }
    return result;
}

QList<OperatingRhythm> defaultOperatingRhythms()
{
    QList<OperatingRhythm> result;
    for (const RhythmRow& row : rhythmRows) {
        OperatingRhythm rhythm;
        rhythm.code = QString::fromLatin1(row.code);
        rhythm.name = translated(row.name);
        rhythm.cadence = row.cadence;
        rhythm.purpose = translated(row.purpose);
        rhythm.standingAgenda = translated(row.standingAgenda);
        rhythm.sortOrder = int(result.size());
        result.append(rhythm);
    }
    return result;
}

QList<AlignmentArea> defaultAlignmentAreas()
{
    QList<AlignmentArea> result;
    for (const AlignmentAreaRow& row : alignmentAreaRows) {
        AlignmentArea area;
        area.code = QString::fromLatin1(row.code);
        area.name = translated(row.name);
        area.description = translated(row.description);
        area.status = AlignmentStatus::NotStarted;
        area.sortOrder = int(result.size());
        result.append(area);
    }
    return result;
}

} // namespace accord::Catalog
