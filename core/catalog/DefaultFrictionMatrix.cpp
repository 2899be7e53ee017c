#include "DefaultRows.h"
#include "Defaults.h"

namespace accord::Catalog {
namespace {

struct FrictionTypeRow
{
    const char* code;
    const char* name;
    const char* teamA;
    const char* teamB; // none: every other go-to-market team
    const char* looksLike;
    const char* rootCause;
    const char* mechanism;
    const char* kpiMetric;
    const char* rootCauses;
};

const FrictionTypeRow frictionTypeRows[] = {
    {"marketing_sales", QT_TRANSLATE_NOOP("accord::Catalog", "Marketing – Sales"), "marketing", "sales",
     QT_TRANSLATE_NOOP("accord::Catalog", "Sales calls the leads poor; Marketing says Sales lets good leads go cold."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Nobody has written down what a qualified lead is, leads arrive without context, follow-up is "
                       "not measured, or the two teams picture a different ideal customer."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Agree what counts as qualified demand, the rules for sales acceptance, a short list of reject "
                       "reasons, routing rules and follow-up SLAs."),
     "mql_to_sql_conversion", "goals slas process communication"},
    {"sales_revops", QT_TRANSLATE_NOOP("accord::Catalog", "Sales – RevOps"), "sales", "revops",
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Sellers find the CRM process a burden; RevOps finds empty fields and stages that do not match "
                       "where deals really are."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The process was designed away from how deals are actually sold, or the fields it demands give "
                       "the seller nothing back."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Trim the CRM process, agree which fields each stage really needs, and show sellers how "
                       "complete records make the forecast more reliable."),
     "forecast_accuracy", "process data incentives"},
    {"marketing_revops", QT_TRANSLATE_NOOP("accord::Catalog", "Marketing – RevOps"), "marketing", "revops",
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Campaigns go live before tracking, routing, attribution or lifecycle rules are in place."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Launches pass no gate, operations hears about them too late, or nobody owns the data a "
                       "campaign produces."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Introduce a pre-launch checklist, tracking standards, campaign sign-off and rules for "
                       "recording where demand came from."),
     "attribution_completeness", "process ownership data"},
    {"sales_cs", QT_TRANSLATE_NOOP("accord::Catalog", "Sales – Customer Success"), "sales", "customer_success",
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Customer Success takes over accounts with promises nobody can keep, customers who do not fit, "
                       "or no onboarding context at all."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The closed-won handoff is thin, qualification let poor-fit deals through, or success criteria "
                       "were never agreed with the buyer."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Set the fields every handoff must carry, require a success plan and risk notes, and name who "
                       "runs the kickoff."),
     "time_to_value", "process ownership communication"},
    {"pmm_sales", QT_TRANSLATE_NOOP("accord::Catalog", "Product Marketing – Sales"), "product_marketing", "sales",
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Sellers say the messaging falls flat with buyers; Product Marketing says sellers ignore the "
                       "approved talk tracks."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The messages were never tried in the field, the enablement material is hard to use, or "
                       "objections from deals come back only as anecdotes."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Test messages with real buyers, review objections and call recordings together, refresh the "
                       "enablement material and keep a standing feedback loop from the field."),
     "message_adoption", "communication process"},
    {"leadership_gtm", QT_TRANSLATE_NOOP("accord::Catalog", "Leadership – GTM teams"), "leadership", nullptr,
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Teams get priorities that keep moving, trade-offs nobody spells out, or targets without the "
                       "resources to reach them."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "A change of strategy is never translated into headcount, capacity, priorities or the meeting "
                       "rhythm."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Settle quarterly priorities, decision rights, capacity plans, the revenue model and escalation "
                       "paths together in one planning cycle."),
     "revenue_attainment", "goals decision_rights capacity"},
    {"cs_product", QT_TRANSLATE_NOOP("accord::Catalog", "Customer Success – Product"), "customer_success", "product",
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Customer Success escalates product gaps that never turn into roadmap decisions."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "There is no structured feedback loop, no way to score the impact on customers, and no path to "
                       "a decision on product issues."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Put product feedback under governance, score the impact on customers, review the roadmap "
                       "against it and agree when an issue escalates."),
     "retention_rate", "decision_rights communication process"},
};

struct ConflictPatternRow
{
    const char* code;
    const char* complaint;
    const char* revopsEnables;
    const char* artifact;
    const char* quickFix;
    const char* frictionType;
    const char* kpiMetrics; // primary first
    const char* rootCauses;
};

const ConflictPatternRow conflictPatternRows[] = {
    {"junk_leads", QT_TRANSLATE_NOOP("accord::Catalog", "“The leads Marketing sends us are junk.”"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "One qualification standard both teams use, and a feedback loop from every rejected lead."),
     QT_TRANSLATE_NOOP("accord::Catalog", "Written MQL and SAL criteria, with a reason required on every rejection."),
     QT_TRANSLATE_NOOP("accord::Catalog", "Cut the reject reasons down to six to eight and make choosing one "
                                          "mandatory."),
     "marketing_sales", "mql_to_sal_conversion sal_to_sql_conversion", "process communication"},
    {"no_follow_up", QT_TRANSLATE_NOOP("accord::Catalog", "“Sales never gets back to our leads.”"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "A timer on every handoff, escalation when it runs out, and a record of who did what."),
     QT_TRANSLATE_NOOP("accord::Catalog", "A first-touch SLA with queue rules."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Create the follow-up task automatically and alert the manager when the SLA is missed."),
     "marketing_sales", "median_first_touch_hours", "slas capacity"},
    {"distrust_numbers", QT_TRANSLATE_NOOP("accord::Catalog", "“We can't trust these numbers.”"),
     QT_TRANSLATE_NOOP("accord::Catalog", "One data model that every team reports from."),
     QT_TRANSLATE_NOOP("accord::Catalog", "The metric dictionary and rules for who may change a dashboard."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Publish the glossary of metric definitions and freeze them until a decision changes them."),
     "sales_revops", "reporting_consistency", "data ownership"},
    {"misrouted_leads", QT_TRANSLATE_NOOP("accord::Catalog", "“Our leads keep landing with the wrong rep.”"),
     QT_TRANSLATE_NOOP("accord::Catalog", "Clean segments and assignment rules that follow them."),
     QT_TRANSLATE_NOOP("accord::Catalog", "A territory matrix and the routing logic that applies it."),
     QT_TRANSLATE_NOOP("accord::Catalog", "Add a view that audits routing and clear the misroutes every week."),
     "marketing_sales", "misroute_rate", "process data ownership"},
    {"different_goals", QT_TRANSLATE_NOOP("accord::Catalog", "“We are chasing different targets.”"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Pipeline targets both teams share, and incentives that reward the same result."),
     QT_TRANSLATE_NOOP("accord::Catalog", "One scorecard tied to pipeline and revenue."),
     QT_TRANSLATE_NOOP("accord::Catalog", "Replace lead-volume targets with acceptance and pipeline targets."),
     "marketing_sales", "pipeline_created", "goals incentives"},
    {"campaign_mismatch", QT_TRANSLATE_NOOP("accord::Catalog", "“Marketing's campaigns aren't what Sales needs.”"),
     QT_TRANSLATE_NOOP("accord::Catalog", "Joint planning around the accounts and segments that matter."),
     QT_TRANSLATE_NOOP("accord::Catalog", "A quarterly joint plan with the ideal customer profile and target "
                                          "account lists."),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Have Sales contribute to the ideal customer profile and the buyers' top pains every quarter."),
     "marketing_sales", "pipeline_target_segment", "goals communication"},
};

} // namespace

QList<FrictionType> defaultFrictionTypes(const CodeIds& ids, QStringList* unresolved)
{
    QList<FrictionType> result;
    for (const FrictionTypeRow& row : frictionTypeRows) {
        FrictionType type;
        type.code = QString::fromLatin1(row.code);
        type.name = translated(row.name);
        type.teamAId = resolve(ids.teams, row.teamA, unresolved);
        type.teamBId = resolve(ids.teams, row.teamB, unresolved);
        type.looksLike = translated(row.looksLike);
        type.rootCause = translated(row.rootCause);
        type.mechanism = translated(row.mechanism);
        type.kpiMetricId = resolve(ids.metrics, row.kpiMetric, unresolved);
        type.rootCauseCategoryIds = resolveAll(ids.rootCauses, row.rootCauses, unresolved);
        type.sortOrder = int(result.size());
        result.append(type);
    }
    return result;
}

QList<ConflictPattern> defaultConflictPatterns(const CodeIds& ids, QStringList* unresolved)
{
    QList<ConflictPattern> result;
    for (const ConflictPatternRow& row : conflictPatternRows) {
        ConflictPattern pattern;
        pattern.code = QString::fromLatin1(row.code);
        pattern.complaint = translated(row.complaint);
        pattern.revopsEnables = translated(row.revopsEnables);
        pattern.artifact = translated(row.artifact);
        pattern.quickFix = translated(row.quickFix);
        pattern.frictionTypeId = resolve(ids.frictionTypes, row.frictionType, unresolved);
        pattern.kpiMetricIds = resolveAll(ids.metrics, row.kpiMetrics, unresolved);
        pattern.rootCauseCategoryIds = resolveAll(ids.rootCauses, row.rootCauses, unresolved);
        pattern.sortOrder = int(result.size());
        result.append(pattern);
    }
    return result;
}

} // namespace accord::Catalog
