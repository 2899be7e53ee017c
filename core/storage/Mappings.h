#pragma once

#include "EntityMap.h"

namespace accord {

struct Team;
struct Person;
struct RootCauseCategory;
struct DataTrustSignal;
struct SharedOutcome;
struct FrictionType;
struct ConflictPattern;
struct FrictionCase;
struct CaseRootCause;
struct StageChange;
struct CaseReview;
struct Decision;
struct Action;
struct Metric;
struct MetricVersion;
struct MetricValue;
struct FunnelStage;
struct Sla;
struct RejectReason;
struct AlignmentArea;
struct OperatingRhythm;
struct ReviewMeeting;
struct AgendaItem;
struct Experiment;
struct PulseEntry;
struct NpsAnswer;
struct TeamGoal;
struct CrmRecord;
struct CrmImport;
struct ImportMapping;

// The storage description of every value type, defined in Mappings.cpp.
template <>
const EntityMap<Team>& entityMap<Team>();
template <>
const EntityMap<Person>& entityMap<Person>();
template <>
const EntityMap<RootCauseCategory>& entityMap<RootCauseCategory>();
template <>
const EntityMap<DataTrustSignal>& entityMap<DataTrustSignal>();
template <>
const EntityMap<SharedOutcome>& entityMap<SharedOutcome>();
template <>
const EntityMap<FrictionType>& entityMap<FrictionType>();
template <>
const EntityMap<ConflictPattern>& entityMap<ConflictPattern>();
template <>
const EntityMap<FrictionCase>& entityMap<FrictionCase>();
template <>
const EntityMap<CaseRootCause>& entityMap<CaseRootCause>();
template <>
const EntityMap<StageChange>& entityMap<StageChange>();
template <>
const EntityMap<CaseReview>& entityMap<CaseReview>();
template <>
const EntityMap<Decision>& entityMap<Decision>();
template <>
const EntityMap<Action>& entityMap<Action>();
template <>
const EntityMap<Metric>& entityMap<Metric>();
template <>
const EntityMap<MetricVersion>& entityMap<MetricVersion>();
template <>
const EntityMap<MetricValue>& entityMap<MetricValue>();
template <>
const EntityMap<FunnelStage>& entityMap<FunnelStage>();
template <>
const EntityMap<Sla>& entityMap<Sla>();
template <>
const EntityMap<RejectReason>& entityMap<RejectReason>();
template <>
const EntityMap<AlignmentArea>& entityMap<AlignmentArea>();
template <>
const EntityMap<OperatingRhythm>& entityMap<OperatingRhythm>();
template <>
const EntityMap<ReviewMeeting>& entityMap<ReviewMeeting>();
template <>
const EntityMap<AgendaItem>& entityMap<AgendaItem>();
template <>
const EntityMap<Experiment>& entityMap<Experiment>();
template <>
const EntityMap<PulseEntry>& entityMap<PulseEntry>();
template <>
const EntityMap<NpsAnswer>& entityMap<NpsAnswer>();
template <>
const EntityMap<TeamGoal>& entityMap<TeamGoal>();
template <>
const EntityMap<CrmRecord>& entityMap<CrmRecord>();
template <>
const EntityMap<CrmImport>& entityMap<CrmImport>();
template <>
const EntityMap<ImportMapping>& entityMap<ImportMapping>();

} // namespace accord
