#pragma once

#include <QString>

#include <array>
#include <optional>
#include <string_view>

namespace accord {

// The playbook, in order. Stored by code, so the order of the enumerators may change without a migration.
enum class CaseStage { Surface, Diagnose, Align, Decide, Resolve, Govern, Learn };
enum class CaseStatus { Open, Closed };
enum class MetricDirection { HigherIsBetter, LowerIsBetter };
enum class MetricStatus { Draft, Frozen };
enum class MetricSource { Computed, Manual };
enum class RejectAction { Nurture, Enrich, Reroute, Suppress };
enum class ActionKind {
    Handoff,
    Sla,
    Routing,
    Dashboard,
    Definition,
    CampaignPriority,
    SalesPlay,
    CustomerSignal,
    OwnershipRule
};
enum class ActionStatus { Open, InProgress, Done, Cancelled };
enum class DecisionStatus { Proposed, InForce, Superseded, Reversed };
enum class Cadence { Weekly, Monthly, Quarterly };
enum class AlignmentStatus { NotStarted, Drafted, Agreed };
enum class SlaKind { LeadStandard, FirstTouch, Disposition };
enum class PulseRating { Worse, Same, Better };
enum class MeetingStatus { Planned, Held };
enum class ExperimentStatus { Running, Succeeded, Failed, Stopped };
enum class CrmRecordKind { Lead, Opportunity };
enum class AgendaItemKind { Standing, CaseReview, Escalation, OverdueAction, MetricMovement, DefinitionChange, Recurrence };
enum class GoalStatus { NotStarted, OnTrack, AtRisk, Done };

// Stable text codes for every enumeration: what the database, CSV and JSON hold. Enumerations elsewhere in core
// declare theirs with ACCORD_ENUM_CODES too, so enumCode/enumFromCode/enumValues work for them.
template <typename E>
struct EnumCodes;

#define ACCORD_ENUM_CODES(Enum, ...)                                                                                  \
    template <>                                                                                                       \
    struct EnumCodes<Enum>                                                                                            \
    {                                                                                                                 \
        static constexpr auto codes = std::to_array<std::string_view>({__VA_ARGS__});                                 \
    };

ACCORD_ENUM_CODES(CaseStage, "surface", "diagnose", "align", "decide", "resolve", "govern", "learn")
ACCORD_ENUM_CODES(CaseStatus, "open", "closed")
ACCORD_ENUM_CODES(MetricDirection, "higher", "lower")
ACCORD_ENUM_CODES(MetricStatus, "draft", "frozen")
ACCORD_ENUM_CODES(MetricSource, "computed", "manual")
ACCORD_ENUM_CODES(RejectAction, "nurture", "enrich", "reroute", "suppress")
ACCORD_ENUM_CODES(ActionKind, "handoff", "sla", "routing", "dashboard", "definition", "campaign_priority", "sales_play",
                  "customer_signal", "ownership_rule")
ACCORD_ENUM_CODES(ActionStatus, "open", "in_progress", "done", "cancelled")
ACCORD_ENUM_CODES(DecisionStatus, "proposed", "in_force", "superseded", "reversed")
ACCORD_ENUM_CODES(Cadence, "weekly", "monthly", "quarterly")
ACCORD_ENUM_CODES(AlignmentStatus, "not_started", "drafted", "agreed")
ACCORD_ENUM_CODES(SlaKind, "lead_standard", "first_touch", "disposition")
ACCORD_ENUM_CODES(PulseRating, "worse", "same", "better")
ACCORD_ENUM_CODES(MeetingStatus, "planned", "held")
ACCORD_ENUM_CODES(ExperimentStatus, "running", "succeeded", "failed", "stopped")
ACCORD_ENUM_CODES(CrmRecordKind, "lead", "opportunity")
ACCORD_ENUM_CODES(AgendaItemKind, "standing", "case_review", "escalation", "overdue_action", "metric_movement",
                  "definition_change", "recurrence")
ACCORD_ENUM_CODES(GoalStatus, "not_started", "on_track", "at_risk", "done")


template <typename E>
constexpr int enumCount()
{
    return int(EnumCodes<E>::codes.size());
}

template <typename E>
QString enumCode(E value)
{
    const auto code = EnumCodes<E>::codes.at(std::size_t(value));
    return QString::fromLatin1(code.data(), qsizetype(code.size()));
}

template <typename E>
std::optional<E> enumFromCode(QStringView code)
{
    for (std::size_t i = 0; i < EnumCodes<E>::codes.size(); ++i) {
        const auto candidate = EnumCodes<E>::codes[i];
        if (code == QLatin1String(candidate.data(), qsizetype(candidate.size())))
            return E(i);
    }
    return std::nullopt;
}

template <typename E>
constexpr std::array<E, EnumCodes<E>::codes.size()> enumValues()
{
    std::array<E, EnumCodes<E>::codes.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = E(i);
    return values;
}

// Translated, human-readable names; defined in Enums.cpp so that lupdate sees every string.
QString displayName(CaseStage);
QString displayName(CaseStatus);
QString displayName(MetricDirection);
QString displayName(MetricStatus);
QString displayName(MetricSource);
QString displayName(RejectAction);
QString displayName(ActionKind);
QString displayName(ActionStatus);
QString displayName(DecisionStatus);
QString displayName(Cadence);
QString displayName(AlignmentStatus);
QString displayName(SlaKind);
QString displayName(PulseRating);
QString displayName(MeetingStatus);
QString displayName(ExperimentStatus);
QString displayName(CrmRecordKind);
QString displayName(AgendaItemKind);
QString displayName(GoalStatus);
QString severityName(int severity);

} // namespace accord
