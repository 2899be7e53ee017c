#include "Mappings.h"

#include "domain/Action.h"
#include "domain/AgendaItem.h"
#include "domain/AlignmentArea.h"
#include "domain/CaseReview.h"
#include "domain/CaseRootCause.h"
#include "domain/CatalogEntry.h"
#include "domain/ConflictPattern.h"
#include "domain/CrmImport.h"
#include "domain/CrmRecord.h"
#include "domain/Decision.h"
#include "domain/Experiment.h"
#include "domain/FrictionCase.h"
#include "domain/FrictionType.h"
#include "domain/FunnelStage.h"
#include "domain/ImportMapping.h"
#include "domain/Metric.h"
#include "domain/MetricValue.h"
#include "domain/MetricVersion.h"
#include "domain/NpsAnswer.h"
#include "domain/OperatingRhythm.h"
#include "domain/Person.h"
#include "domain/PulseEntry.h"
#include "domain/RejectReason.h"
#include "domain/ReviewMeeting.h"
#include "domain/Sla.h"
#include "domain/StageChange.h"
#include "domain/Team.h"
#include "domain/TeamGoal.h"

namespace accord {

// One table per value type. The column lists follow the CREATE TABLE statements in Migrations.cpp.

template <>
const EntityMap<Team>& entityMap<Team>()
{
    using T = Team;
    static const EntityMap<T> map{QStringLiteral("teams"), QStringLiteral("team"),
        {column<T>("code", &T::code), column<T>("name", &T::name), reference<T>("leader_id", &T::leaderId),
         column<T>("color", &T::color), column<T>("sort_order", &T::sortOrder), column<T>("archived", &T::archived)},
        {}, &T::audit, QStringLiteral("sort_order, name")};
    return map;
}

template <>
const EntityMap<Person>& entityMap<Person>()
{
    using T = Person;
    static const EntityMap<T> map{QStringLiteral("people"), QStringLiteral("person"),
        {column<T>("name", &T::name), reference<T>("team_id", &T::teamId), column<T>("role", &T::role),
         column<T>("email", &T::email), column<T>("archived", &T::archived)},
        {}, &T::audit, QStringLiteral("name")};
    return map;
}

template <typename T>
static EntityMap<T> catalogEntryMap(const char* table)
{
    return {QString::fromLatin1(table), QString::fromLatin1(table),
            {column<T>("code", &T::code), column<T>("name", &T::name), column<T>("description", &T::description),
             reference<T>("metric_id", &T::metricId), column<T>("sort_order", &T::sortOrder)},
            {}, nullptr, QStringLiteral("sort_order, id")};
}

template <>
const EntityMap<RootCauseCategory>& entityMap<RootCauseCategory>()
{
    static const auto map = catalogEntryMap<RootCauseCategory>("root_cause_categories");
    return map;
}

template <>
const EntityMap<DataTrustSignal>& entityMap<DataTrustSignal>()
{
    static const auto map = catalogEntryMap<DataTrustSignal>("data_trust_signals");
    return map;
}

template <>
const EntityMap<SharedOutcome>& entityMap<SharedOutcome>()
{
    static const auto map = catalogEntryMap<SharedOutcome>("shared_outcomes");
    return map;
}

template <>
const EntityMap<FrictionType>& entityMap<FrictionType>()
{
    using T = FrictionType;
    static const EntityMap<T> map{QStringLiteral("friction_types"), QStringLiteral("friction_type"),
        {column<T>("code", &T::code), column<T>("name", &T::name), reference<T>("team_a_id", &T::teamAId),
         reference<T>("team_b_id", &T::teamBId), column<T>("looks_like", &T::looksLike),
         column<T>("root_cause", &T::rootCause), column<T>("mechanism", &T::mechanism),
         reference<T>("kpi_metric_id", &T::kpiMetricId), column<T>("sort_order", &T::sortOrder)},
        {link<T>("friction_type_root_causes", "friction_type_id", "category_id", &T::rootCauseCategoryIds)},
        &T::audit, QStringLiteral("sort_order, id")};
    return map;
}

template <>
const EntityMap<ConflictPattern>& entityMap<ConflictPattern>()
{
    using T = ConflictPattern;
    static const EntityMap<T> map{QStringLiteral("conflict_patterns"), QStringLiteral("conflict_pattern"),
        {column<T>("code", &T::code), column<T>("complaint", &T::complaint),
         column<T>("revops_enables", &T::revopsEnables), column<T>("artifact", &T::artifact),
         column<T>("quick_fix", &T::quickFix), reference<T>("friction_type_id", &T::frictionTypeId),
         column<T>("sort_order", &T::sortOrder)},
        {link<T>("conflict_pattern_kpis", "pattern_id", "metric_id", &T::kpiMetricIds),
         link<T>("conflict_pattern_root_causes", "pattern_id", "category_id", &T::rootCauseCategoryIds)},
        &T::audit, QStringLiteral("sort_order, id")};
    return map;
}

template <>
const EntityMap<FrictionCase>& entityMap<FrictionCase>()
{
    using T = FrictionCase;
    static const EntityMap<T> map{QStringLiteral("cases"), QStringLiteral("case"),
        {column<T>("title", &T::title), reference<T>("friction_type_id", &T::frictionTypeId),
         reference<T>("conflict_pattern_id", &T::conflictPatternId), column<T>("looks_like", &T::looksLike),
         reference<T>("impacted_metric_id", &T::impactedMetricId),
         column<T>("blocked_decision", &T::blockedDecision), column<T>("mechanism", &T::mechanism),
         reference<T>("funnel_stage_id", &T::funnelStageId),
         column<T>("revenue_at_risk", &T::revenueAtRisk), column<T>("severity", &T::severity),
         reference<T>("raised_by_id", &T::raisedById), column<T>("raised_on", &T::raisedOn),
         reference<T>("shared_outcome_id", &T::sharedOutcomeId), reference<T>("kpi_metric_id", &T::kpiMetricId),
         column<T>("kpi_baseline", &T::kpiBaseline), column<T>("kpi_target", &T::kpiTarget),
         column<T>("kpi_target_date", &T::kpiTargetDate), reference<T>("rhythm_id", &T::rhythmId),
         column<T>("next_review_on", &T::nextReviewOn), column<T>("what_worked", &T::whatWorked),
         column<T>("what_recurred", &T::whatRecurred), column<T>("evidence", &T::evidence),
         column<T>("kpi_movement", &T::kpiMovement), column<T>("stage", &T::stage),
         column<T>("stage_entered_at", &T::stageEnteredAt), column<T>("status", &T::status),
         column<T>("closed_on", &T::closedOn), column<T>("archived", &T::archived)},
        {link<T>("case_teams", "case_id", "team_id", &T::teamIds),
         link<T>("case_signals", "case_id", "signal_id", &T::dataTrustSignalIds)},
        &T::audit, QStringLiteral("id")};
    return map;
}

template <>
const EntityMap<CaseRootCause>& entityMap<CaseRootCause>()
{
    using T = CaseRootCause;
    static const EntityMap<T> map{QStringLiteral("case_root_causes"), QStringLiteral("case_root_cause"),
        {reference<T>("case_id", &T::caseId), reference<T>("category_id", &T::categoryId),
         column<T>("evidence", &T::evidence), column<T>("sort_order", &T::sortOrder)},
        {}, nullptr, QStringLiteral("sort_order, id")};
    return map;
}

template <>
const EntityMap<StageChange>& entityMap<StageChange>()
{
    using T = StageChange;
    static const EntityMap<T> map{QStringLiteral("case_stage_history"), QStringLiteral("stage_change"),
        {reference<T>("case_id", &T::caseId), column<T>("from_stage", &T::fromStage),
         column<T>("to_stage", &T::toStage), column<T>("changed_at", &T::changedAt),
         column<T>("changed_by", &T::changedBy), column<T>("note", &T::note)},
        {}, nullptr, QStringLiteral("changed_at, id")};
    return map;
}

template <>
const EntityMap<CaseReview>& entityMap<CaseReview>()
{
    using T = CaseReview;
    static const EntityMap<T> map{QStringLiteral("case_reviews"), QStringLiteral("case_review"),
        {reference<T>("case_id", &T::caseId), reference<T>("meeting_id", &T::meetingId),
         column<T>("reviewed_on", &T::reviewedOn), column<T>("note", &T::note)},
        {}, nullptr, QStringLiteral("reviewed_on, id")};
    return map;
}

template <>
const EntityMap<Decision>& entityMap<Decision>()
{
    using T = Decision;
    static const EntityMap<T> map{QStringLiteral("decisions"), QStringLiteral("decision"),
        {reference<T>("case_id", &T::caseId), reference<T>("meeting_id", &T::meetingId),
         reference<T>("owner_id", &T::ownerId), column<T>("criteria", &T::criteria),
         reference<T>("escalation_to_id", &T::escalationToId),
         column<T>("escalation_after_days", &T::escalationAfterDays), column<T>("text", &T::text),
         column<T>("decided_on", &T::decidedOn), column<T>("status", &T::status),
         reference<T>("supersedes_id", &T::supersedesId)},
        {link<T>("decision_contributors", "decision_id", "person_id", &T::contributorIds)},
        &T::audit, QStringLiteral("decided_on, id")};
    return map;
}

template <>
const EntityMap<Action>& entityMap<Action>()
{
    using T = Action;
    static const EntityMap<T> map{QStringLiteral("actions"), QStringLiteral("action"),
        {reference<T>("case_id", &T::caseId), reference<T>("meeting_id", &T::meetingId),
         column<T>("kind", &T::kind), column<T>("title", &T::title), reference<T>("owner_id", &T::ownerId),
         column<T>("due_on", &T::dueOn), column<T>("status", &T::status), column<T>("done_on", &T::doneOn)},
        {}, &T::audit, QStringLiteral("due_on, id")};
    return map;
}

template <>
const EntityMap<Metric>& entityMap<Metric>()
{
    using T = Metric;
    static const EntityMap<T> map{QStringLiteral("metrics"), QStringLiteral("metric"),
        {column<T>("code", &T::code), column<T>("name", &T::name), column<T>("definition", &T::definition),
         column<T>("formula", &T::formula), column<T>("unit", &T::unit), column<T>("direction", &T::direction),
         column<T>("target", &T::target), column<T>("amber_threshold", &T::amberThreshold),
         reference<T>("owner_team_id", &T::ownerTeamId), column<T>("source_system", &T::sourceSystem),
         column<T>("source", &T::source), column<T>("status", &T::status), column<T>("version", &T::version)},
        {link<T>("metric_stages", "metric_id", "stage_id", &T::funnelStageIds)},
        &T::audit, QStringLiteral("name")};
    return map;
}

template <>
const EntityMap<MetricVersion>& entityMap<MetricVersion>()
{
    using T = MetricVersion;
    static const EntityMap<T> map{QStringLiteral("metric_versions"), QStringLiteral("metric_version"),
        {reference<T>("metric_id", &T::metricId), column<T>("version", &T::version), column<T>("name", &T::name),
         column<T>("definition", &T::definition), column<T>("formula", &T::formula), column<T>("unit", &T::unit),
         column<T>("direction", &T::direction), column<T>("target", &T::target),
         column<T>("amber_threshold", &T::amberThreshold), reference<T>("owner_team_id", &T::ownerTeamId),
         reference<T>("decision_id", &T::decisionId), column<T>("reason", &T::reason),
         column<T>("changed_at", &T::changedAt), column<T>("changed_by", &T::changedBy)},
        {}, nullptr, QStringLiteral("metric_id, version")};
    return map;
}

template <>
const EntityMap<MetricValue>& entityMap<MetricValue>()
{
    using T = MetricValue;
    static const EntityMap<T> map{QStringLiteral("metric_values"), QStringLiteral("metric_value"),
        {reference<T>("metric_id", &T::metricId), column<T>("period", &T::period), column<T>("value", &T::value),
         column<T>("note", &T::note), column<T>("entered_at", &T::enteredAt), column<T>("entered_by", &T::enteredBy)},
        {}, nullptr, QStringLiteral("metric_id, period")};
    return map;
}

template <>
const EntityMap<FunnelStage>& entityMap<FunnelStage>()
{
    using T = FunnelStage;
    static const EntityMap<T> map{QStringLiteral("funnel_stages"), QStringLiteral("funnel_stage"),
        {column<T>("code", &T::code), column<T>("name", &T::name), reference<T>("owner_team_id", &T::ownerTeamId),
         column<T>("entry_criteria", &T::entryCriteria), column<T>("exit_criteria", &T::exitCriteria),
         column<T>("record_field", &T::recordField), column<T>("sort_order", &T::sortOrder)},
        {}, &T::audit, QStringLiteral("sort_order, id")};
    return map;
}

template <>
const EntityMap<Sla>& entityMap<Sla>()
{
    using T = Sla;
    static const EntityMap<T> map{QStringLiteral("slas"), QStringLiteral("sla"),
        {column<T>("kind", &T::kind), column<T>("name", &T::name), reference<T>("owner_team_id", &T::ownerTeamId),
         reference<T>("counterpart_team_id", &T::counterpartTeamId), column<T>("description", &T::description),
         column<T>("required_fields", &T::requiredFields), column<T>("suppression_rules", &T::suppressionRules),
         column<T>("target_hours", &T::targetHours), reference<T>("escalate_to_id", &T::escalateToId),
         column<T>("escalate_after_hours", &T::escalateAfterHours), column<T>("active", &T::active)},
        {}, &T::audit, QStringLiteral("id")};
    return map;
}

template <>
const EntityMap<RejectReason>& entityMap<RejectReason>()
{
    using T = RejectReason;
    static const EntityMap<T> map{QStringLiteral("reject_reasons"), QStringLiteral("reject_reason"),
        {column<T>("code", &T::code), column<T>("name", &T::name), column<T>("description", &T::description),
         column<T>("action", &T::action), column<T>("sort_order", &T::sortOrder), column<T>("active", &T::active)},
        {}, &T::audit, QStringLiteral("sort_order, id")};
    return map;
}

template <>
const EntityMap<AlignmentArea>& entityMap<AlignmentArea>()
{
    using T = AlignmentArea;
    static const EntityMap<T> map{QStringLiteral("alignment_areas"), QStringLiteral("alignment_area"),
        {column<T>("code", &T::code), column<T>("name", &T::name), column<T>("description", &T::description),
         column<T>("status", &T::status), reference<T>("owner_id", &T::ownerId), column<T>("link", &T::link),
         column<T>("note", &T::note), column<T>("sort_order", &T::sortOrder)},
        {}, &T::audit, QStringLiteral("sort_order, id")};
    return map;
}

template <>
const EntityMap<OperatingRhythm>& entityMap<OperatingRhythm>()
{
    using T = OperatingRhythm;
    static const EntityMap<T> map{QStringLiteral("operating_rhythms"), QStringLiteral("operating_rhythm"),
        {column<T>("code", &T::code), column<T>("name", &T::name), column<T>("cadence", &T::cadence),
         column<T>("purpose", &T::purpose), column<T>("standing_agenda", &T::standingAgenda),
         reference<T>("chair_id", &T::chairId), column<T>("sort_order", &T::sortOrder)},
        {link<T>("rhythm_attendees", "rhythm_id", "person_id", &T::attendeeIds)},
        &T::audit, QStringLiteral("sort_order, id")};
    return map;
}

template <>
const EntityMap<ReviewMeeting>& entityMap<ReviewMeeting>()
{
    using T = ReviewMeeting;
    static const EntityMap<T> map{QStringLiteral("review_meetings"), QStringLiteral("review_meeting"),
        {reference<T>("rhythm_id", &T::rhythmId), column<T>("title", &T::title), column<T>("held_on", &T::heldOn),
         reference<T>("facilitator_id", &T::facilitatorId), column<T>("status", &T::status),
         column<T>("minutes", &T::minutes)},
        {link<T>("meeting_attendees", "meeting_id", "person_id", &T::attendeeIds)},
        &T::audit, QStringLiteral("held_on, id")};
    return map;
}

template <>
const EntityMap<AgendaItem>& entityMap<AgendaItem>()
{
    using T = AgendaItem;
    static const EntityMap<T> map{QStringLiteral("agenda_items"), QStringLiteral("agenda_item"),
        {reference<T>("meeting_id", &T::meetingId), column<T>("kind", &T::kind), column<T>("title", &T::title),
         reference<T>("case_id", &T::caseId), reference<T>("metric_id", &T::metricId),
         reference<T>("action_id", &T::actionId), column<T>("done", &T::done), column<T>("note", &T::note),
         column<T>("sort_order", &T::sortOrder)},
        {}, nullptr, QStringLiteral("sort_order, id")};
    return map;
}

template <>
const EntityMap<Experiment>& entityMap<Experiment>()
{
    using T = Experiment;
    static const EntityMap<T> map{QStringLiteral("experiments"), QStringLiteral("experiment"),
        {reference<T>("meeting_id", &T::meetingId), column<T>("hypothesis", &T::hypothesis),
         reference<T>("owner_id", &T::ownerId), reference<T>("metric_id", &T::metricId),
         column<T>("start_on", &T::startOn), column<T>("end_on", &T::endOn), column<T>("status", &T::status),
         column<T>("result", &T::result)},
        {}, &T::audit, QStringLiteral("start_on, id")};
    return map;
}

template <>
const EntityMap<PulseEntry>& entityMap<PulseEntry>()
{
    using T = PulseEntry;
    static const EntityMap<T> map{QStringLiteral("pulse_entries"), QStringLiteral("pulse_entry"),
        {reference<T>("meeting_id", &T::meetingId), column<T>("period", &T::period),
         reference<T>("person_id", &T::personId), reference<T>("team_id", &T::teamId),
         column<T>("rating", &T::rating), column<T>("one_thing", &T::oneThing),
         column<T>("answered_on", &T::answeredOn)},
        {}, nullptr, QStringLiteral("period, id")};
    return map;
}

template <>
const EntityMap<NpsAnswer>& entityMap<NpsAnswer>()
{
    using T = NpsAnswer;
    static const EntityMap<T> map{QStringLiteral("nps_answers"), QStringLiteral("nps_answer"),
        {column<T>("period", &T::period), column<T>("account", &T::account), column<T>("respondent", &T::respondent),
         column<T>("score", &T::score), column<T>("do_better", &T::doBetter), column<T>("do_well", &T::doWell),
         column<T>("answered_on", &T::answeredOn)},
        {}, nullptr, QStringLiteral("period, id")};
    return map;
}

template <>
const EntityMap<TeamGoal>& entityMap<TeamGoal>()
{
    using T = TeamGoal;
    static const EntityMap<T> map{QStringLiteral("team_goals"), QStringLiteral("team_goal"),
        {reference<T>("team_id", &T::teamId), reference<T>("partner_team_id", &T::partnerTeamId),
         column<T>("goal", &T::goal), column<T>("status", &T::status)},
        {}, &T::audit, QStringLiteral("id")};
    return map;
}

template <>
const EntityMap<CrmRecord>& entityMap<CrmRecord>()
{
    using T = CrmRecord;
    static const EntityMap<T> map{QStringLiteral("crm_records"), QStringLiteral("crm_record"),
        {column<T>("kind", &T::kind), column<T>("external_id", &T::externalId),
         column<T>("parent_external_id", &T::parentExternalId), column<T>("created_at", &T::createdAt),
         column<T>("source", &T::source), column<T>("segment", &T::segment), column<T>("owner", &T::owner),
         column<T>("team", &T::team), column<T>("stage_reached", &T::stageReached),
         column<T>("inquiry_at", &T::inquiryAt), column<T>("mql_at", &T::mqlAt), column<T>("sal_at", &T::salAt),
         column<T>("sql_at", &T::sqlAt), column<T>("opportunity_at", &T::opportunityAt),
         column<T>("first_touch_at", &T::firstTouchAt), column<T>("reject_reason", &T::rejectReason),
         column<T>("won_at", &T::wonAt), column<T>("lost_at", &T::lostAt), column<T>("amount", &T::amount),
         column<T>("close_date", &T::closeDate), reference<T>("import_id", &T::importId)},
        {}, nullptr, QStringLiteral("id")};
    return map;
}

template <>
const EntityMap<CrmImport>& entityMap<CrmImport>()
{
    using T = CrmImport;
    static const EntityMap<T> map{QStringLiteral("crm_imports"), QStringLiteral("crm_import"),
        {column<T>("file_name", &T::fileName), column<T>("imported_at", &T::importedAt),
         column<T>("imported_by", &T::importedBy), column<T>("time_zone", &T::timeZone),
         reference<T>("mapping_id", &T::mappingId), column<T>("rows_read", &T::rowsRead),
         column<T>("rows_imported", &T::rowsImported), column<T>("rows_updated", &T::rowsUpdated),
         column<T>("rows_rejected", &T::rowsRejected)},
        {}, nullptr, QStringLiteral("id")};
    return map;
}

template <>
const EntityMap<ImportMapping>& entityMap<ImportMapping>()
{
    using T = ImportMapping;
    static const EntityMap<T> map{QStringLiteral("import_mappings"), QStringLiteral("import_mapping"),
        {column<T>("name", &T::name), column<T>("header_signature", &T::headerSignature),
         column<T>("definition", &T::definition)},
        {}, &T::audit, QStringLiteral("name")};
    return map;
}

} // namespace accord
