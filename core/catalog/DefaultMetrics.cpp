#include "DefaultRows.h"
#include "Defaults.h"

namespace accord::Catalog {
namespace {

constexpr auto Higher = MetricDirection::HigherIsBetter;
constexpr auto Lower = MetricDirection::LowerIsBetter;
constexpr auto Computed = MetricSource::Computed;
constexpr auto Manual = MetricSource::Manual;
constexpr auto Frozen = MetricStatus::Frozen;
// Amounts in currency depend on the company's size, so those definitions start as drafts: the team sets its own
// target before freezing them.
constexpr auto Draft = MetricStatus::Draft;

const char* const crm = QT_TRANSLATE_NOOP("accord::Catalog", "CRM");
const char* const marketingAutomation = QT_TRANSLATE_NOOP("accord::Catalog", "Marketing automation");
const char* const survey = QT_TRANSLATE_NOOP("accord::Catalog", "Survey");
const char* const finance = QT_TRANSLATE_NOOP("accord::Catalog", "Finance");
const char* const byHand = QT_TRANSLATE_NOOP("accord::Catalog", "Entered by hand");

// For a metric where higher is better, green is at or above the target and red is below the amber threshold; the
// other way round where lower is better. Units are codes the screens format ("%", "hours", "days", "USD", "score",
// "count"), not text.
struct MetricRow
{
    const char* code;
    const char* name;
    const char* definition;
    const char* unit;
    MetricDirection direction;
    double target;
    double amberThreshold;
    const char* ownerTeam;
    const char* sourceSystem;
    const char* funnelStages;
    MetricSource source;
    MetricStatus status;
    // In the formula language of core/formula/FormulaLanguage.md; none for metrics entered by hand.
    const char* formula = nullptr;
};

const MetricRow metricRows[] = {
    // The primary KPIs of the friction matrix.
    {"mql_to_sql_conversion", QT_TRANSLATE_NOOP("accord::Catalog", "MQL-to-SQL conversion"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Of the leads that became marketing-qualified in the period, the share that went on to become "
                       "sales-qualified."),
     "%", Higher, 25, 15, "marketing", crm, "mql sql", Computed, Frozen,
     "share(leads where reached(mql) by mql_at, reached(sql))"},
    {"forecast_accuracy", QT_TRANSLATE_NOOP("accord::Catalog", "Forecast accuracy"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "How close the revenue committed at the start of the period came to the revenue actually "
                       "closed: 100% less the size of the miss as a share of the commitment."),
     "%", Higher, 90, 80, "revops", byHand, "opportunity revenue", Manual, Frozen},
    {"attribution_completeness", QT_TRANSLATE_NOOP("accord::Catalog", "Attribution completeness"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Share of the opportunities opened in the period whose original source and campaign are "
                       "recorded."),
     "%", Higher, 95, 85, "revops", marketingAutomation, "opportunity", Manual, Frozen},
    {"time_to_value", QT_TRANSLATE_NOOP("accord::Catalog", "Time to value"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Median days from a deal closing to the customer reaching the first success milestone agreed "
                       "at handoff."),
     "days", Lower, 30, 45, "customer_success", byHand, "revenue", Manual, Frozen},
    {"message_adoption", QT_TRANSLATE_NOOP("accord::Catalog", "Message adoption"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Share of the sales calls and proposals reviewed in the period that use the current approved "
                       "positioning and talk tracks."),
     "%", Higher, 70, 50, "product_marketing", byHand, "sql opportunity", Manual, Frozen},
    {"revenue_attainment", QT_TRANSLATE_NOOP("accord::Catalog", "Revenue attainment"),
     QT_TRANSLATE_NOOP("accord::Catalog", "Revenue closed in the period as a share of the target set for it."), "%",
     Higher, 100, 90, "leadership", finance, "revenue", Manual, Frozen},
    {"retention_rate", QT_TRANSLATE_NOOP("accord::Catalog", "Retention rate"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Share of the recurring revenue under contract at the start of the period that is still under "
                       "contract at its end, not counting expansion."),
     "%", Higher, 90, 85, "customer_success", finance, "revenue", Manual, Frozen},

    // The primary KPIs of the conflict patterns.
    {"mql_to_sal_conversion", QT_TRANSLATE_NOOP("accord::Catalog", "MQL-to-SAL conversion"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Of the leads that became marketing-qualified in the period, the share that Sales accepted as "
                       "worth working."),
     "%", Higher, 70, 55, "marketing", crm, "mql sal", Computed, Frozen,
     "share(leads where reached(mql) by mql_at, reached(sal))"},
    {"sal_to_sql_conversion", QT_TRANSLATE_NOOP("accord::Catalog", "SAL-to-SQL conversion"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Of the leads Sales accepted in the period, the share that became sales-qualified after a "
                       "discovery meeting."),
     "%", Higher, 50, 35, "sales", crm, "sal sql", Computed, Frozen,
     "share(leads where reached(sal) by sal_at, reached(sql))"},
    {"median_first_touch_hours", QT_TRANSLATE_NOOP("accord::Catalog", "Median time to first touch"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Median hours between a lead becoming marketing-qualified and the first contact Sales "
                       "records."),
     "hours", Lower, 24, 36, "sales", crm, "mql sal", Computed, Frozen,
     "median(hours(mql_at, first_touch_at), leads where reached(mql) by mql_at)"},
    {"reporting_consistency", QT_TRANSLATE_NOOP("accord::Catalog", "Reporting consistency"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Share of the scorecard's headline figures for the period that agree across the CRM, "
                       "marketing and finance reports."),
     "%", Higher, 95, 85, "revops", byHand, "", Manual, Frozen},
    {"misroute_rate", QT_TRANSLATE_NOOP("accord::Catalog", "Misroute rate"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Share of the leads routed in the period that had to be handed to another owner, team or "
                       "territory."),
     "%", Lower, 5, 10, "revops", crm, "mql sal", Computed, Frozen,
     "share(leads where reached(mql) by mql_at, rejected(wrong_owner))"},
    {"pipeline_created", QT_TRANSLATE_NOOP("accord::Catalog", "Pipeline created"),
     QT_TRANSLATE_NOOP("accord::Catalog", "Total amount of the opportunities opened in the period."), "USD", Higher,
     1500000, 1200000, "marketing", crm, "opportunity", Computed, Draft,
     "sum(amount, opportunities by opportunity_at)"},
    {"pipeline_target_segment", QT_TRANSLATE_NOOP("accord::Catalog", "Pipeline from target segments"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Share of the amount of opportunities opened in the period that comes from the segments and "
                       "accounts of the joint plan."),
     "%", Higher, 70, 55, "marketing", crm, "opportunity", Computed, Frozen,
     "100 * sum(amount, opportunities where segment in ('Enterprise', 'Mid-market') by opportunity_at) / sum(amount, "
     "opportunities by opportunity_at)"},

    // The shared scorecard: speed, quality and impact.
    {"acceptance_rate", QT_TRANSLATE_NOOP("accord::Catalog", "Acceptance rate"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Of the leads Sales accepted or rejected in the period, the share it accepted."),
     "%", Higher, 75, 60, "sales", crm, "sal", Computed, Frozen,
     "share(leads where reached(sal) or rejected by mql_at, reached(sal))"},
    {"sla_breach_rate", QT_TRANSLATE_NOOP("accord::Catalog", "SLA breach rate"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Share of the leads handed to Sales in the period whose first touch or disposition came later "
                       "than the SLA allows."),
     "%", Lower, 10, 20, "sales", crm, "mql sal", Computed, Frozen,
     "share(leads where reached(mql) by mql_at, not (hours(mql_at, first_touch_at) <= 24))"},
    {"won_revenue", QT_TRANSLATE_NOOP("accord::Catalog", "Won revenue"),
     QT_TRANSLATE_NOOP("accord::Catalog", "Total amount of the opportunities closed won in the period."), "USD", Higher,
     500000, 400000, "sales", crm, "revenue", Computed, Draft, "sum(amount, opportunities where won by won_at)"},
    {"win_rate", QT_TRANSLATE_NOOP("accord::Catalog", "Win rate"),
     QT_TRANSLATE_NOOP("accord::Catalog", "Of the opportunities closed in the period, the share closed won."), "%",
     Higher, 25, 18, "sales", crm, "opportunity revenue", Computed, Frozen,
     "share(opportunities where closed by closed_at, won)"},
    {"sales_cycle_days", QT_TRANSLATE_NOOP("accord::Catalog", "Sales cycle length"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Median days from opening an opportunity to closing it won, for the deals won in the period."),
     "days", Lower, 60, 90, "sales", crm, "opportunity revenue", Computed, Frozen,
     "median(days(opportunity_at, won_at), opportunities where won by won_at)"},
    {"stage_conversion", QT_TRANSLATE_NOOP("accord::Catalog", "Opportunity-to-won conversion"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Of the opportunities opened in the period, the share that have since closed won."),
     "%", Higher, 22, 15, "sales", crm, "opportunity revenue", Computed, Frozen,
     "share(opportunities by opportunity_at, won)"},
    {"reject_reason_mix", QT_TRANSLATE_NOOP("accord::Catalog", "Rejections with a reason"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Of the leads Sales rejected in the period, the share that carry a reason from the agreed "
                       "list."),
     "%", Higher, 95, 80, "sales", crm, "sal", Computed, Frozen,
     "share(leads where rejected by mql_at, rejected(not_ready) or rejected(researching) or rejected(bad_contact) or "
     "rejected(unknown_company) or rejected(wrong_owner) or rejected(not_icp) or rejected(not_genuine))"},
    {"nps", QT_TRANSLATE_NOOP("accord::Catalog", "Net Promoter Score"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "From the customer survey: the percentage of customers who would recommend us (9 or 10) less "
                       "the percentage who would not (0 to 6), from −100 to 100."),
     "score", Higher, 40, 20, "customer_success", survey, "revenue", Manual, Frozen},
    {"pulse_score", QT_TRANSLATE_NOOP("accord::Catalog", "Partnership pulse"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "From the monthly pulse: the percentage of people who say the partnership goals are going "
                       "better less the percentage who say worse, from −100 to 100."),
     "score", Higher, 20, 0, "leadership", survey, "", Manual, Frozen},

    // The measures of the shared outcomes.
    {"expansion_revenue", QT_TRANSLATE_NOOP("accord::Catalog", "Expansion revenue"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Recurring revenue added in the period by existing customers through upsell, cross-sell and "
                       "price changes."),
     "USD", Higher, 150000, 100000, "customer_success", finance, "revenue", Manual, Draft},
    {"customer_lifetime_value", QT_TRANSLATE_NOOP("accord::Catalog", "Customer lifetime value"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Gross margin a customer is expected to bring over the whole relationship: yearly revenue per "
                       "customer times gross margin, divided by the yearly rate at which customers leave."),
     "USD", Higher, 120000, 90000, "customer_success", finance, "revenue", Manual, Draft},
    {"revenue_efficiency", QT_TRANSLATE_NOOP("accord::Catalog", "Revenue efficiency"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "New recurring revenue won in the period as a percentage of what Sales and Marketing cost in "
                       "the same period."),
     "%", Higher, 80, 60, "leadership", finance, "revenue", Manual, Frozen},
    {"sales_velocity", QT_TRANSLATE_NOOP("accord::Catalog", "Sales velocity"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Revenue the pipeline produces per day: open opportunities times average deal size times win "
                       "rate, divided by the sales cycle in days."),
     "USD", Higher, 10000, 7500, "sales", crm, "opportunity revenue", Computed, Draft,
     "count(opportunities by opportunity_at) * avg(amount, opportunities where won by won_at) * share(opportunities "
     "where closed by closed_at, won) / 100 / median(days(opportunity_at, won_at), opportunities where won by won_at)"},
    {"qualified_pipeline", QT_TRANSLATE_NOOP("accord::Catalog", "Qualified pipeline"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Total amount of the open opportunities that passed the sales-qualified stage at the end of the "
                       "period."),
     "USD", Higher, 3000000, 2400000, "sales", crm, "sql opportunity", Computed, Draft,
     "sum(amount, opportunities where open by opportunity_at)"},
};

} // namespace

QList<Metric> defaultMetrics(const CodeIds& ids, QStringList* unresolved)
{
    QList<Metric> result;
    for (const MetricRow& row : metricRows) {
        Metric metric;
        metric.code = QString::fromLatin1(row.code);
        metric.name = translated(row.name);
        metric.definition = translated(row.definition);
        metric.unit = QString::fromLatin1(row.unit);
        metric.direction = row.direction;
        metric.target = row.target;
        metric.amberThreshold = row.amberThreshold;
        metric.ownerTeamId = resolve(ids.teams, row.ownerTeam, unresolved);
        metric.sourceSystem = translated(row.sourceSystem);
        metric.funnelStageIds = resolveAll(ids.funnelStages, row.funnelStages, unresolved);
        metric.source = row.source;
        metric.status = row.status;
        metric.formula = QString::fromUtf8(row.formula);
        metric.version = 1;
        result.append(metric);
    }
    return result;
}

} // namespace accord::Catalog
