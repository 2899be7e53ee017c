#include "DefaultRows.h"
#include "Defaults.h"

namespace accord::Catalog {
namespace {

struct TeamRow
{
    const char* code;
    const char* name;
    const char* color;
};

// The Okabe–Ito palette: the seven teams stay distinguishable for the common forms of colour blindness and on a
// projector. Its yellow is left out because it vanishes on white paper.
const TeamRow teamRows[] = {
    {"marketing", QT_TRANSLATE_NOOP("accord::Catalog", "Marketing"), "#E69F00"},
    {"sales", QT_TRANSLATE_NOOP("accord::Catalog", "Sales"), "#0072B2"},
    {"revops", QT_TRANSLATE_NOOP("accord::Catalog", "RevOps"), "#009E73"},
    {"customer_success", QT_TRANSLATE_NOOP("accord::Catalog", "Customer Success"), "#CC79A7"},
    {"product_marketing", QT_TRANSLATE_NOOP("accord::Catalog", "Product Marketing"), "#56B4E9"},
    {"product", QT_TRANSLATE_NOOP("accord::Catalog", "Product"), "#D55E00"},
    {"leadership", QT_TRANSLATE_NOOP("accord::Catalog", "Leadership"), "#000000"},
};

struct EntryRow
{
    const char* code;
    const char* name;
    const char* description;
    const char* metric = nullptr;
};

const EntryRow rootCauseRows[] = {
    {"goals", QT_TRANSLATE_NOOP("accord::Catalog", "Goals"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The teams chase targets that pull apart, such as lead volume on one side and closed revenue "
                       "on the other.")},
    {"incentives", QT_TRANSLATE_NOOP("accord::Catalog", "Incentives"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Pay, quota or recognition rewards one team for behaviour that costs the other team.")},
    {"data", QT_TRANSLATE_NOOP("accord::Catalog", "Data"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The numbers are missing, inconsistent or defined differently, so nobody believes the report.")},
    {"ownership", QT_TRANSLATE_NOOP("accord::Catalog", "Ownership"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "No single person or team is plainly responsible for the step, record or result in question.")},
    {"decision_rights", QT_TRANSLATE_NOOP("accord::Catalog", "Decision rights"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "It is unclear who makes the call, who has to be heard first and where a deadlock goes.")},
    {"slas", QT_TRANSLATE_NOOP("accord::Catalog", "SLAs"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Commitments at a handoff are missing, go unmeasured or carry no consequence when broken.")},
    {"capacity", QT_TRANSLATE_NOOP("accord::Catalog", "Capacity"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The team expected to act lacks the people, hours or budget that the request needs.")},
    {"process", QT_TRANSLATE_NOOP("accord::Catalog", "Process"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The workflow or system steps do not match how the work is really done, so people work "
                       "around them.")},
    {"communication", QT_TRANSLATE_NOOP("accord::Catalog", "Communication"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Context, feedback or news of a change does not reach the people who need it in time.")},
};

const EntryRow dataTrustSignalRows[] = {
    {"definition_debates", QT_TRANSLATE_NOOP("accord::Catalog", "Meetings argue about how metrics are calculated"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Review time goes on stage definitions, attribution rules and conversion arithmetic instead "
                       "of on what to do next.")},
    {"dashboards_raise_questions",
     QT_TRANSLATE_NOOP("accord::Catalog", "Dashboards raise more questions than they answer"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "People ask where a figure came from before they ask what it tells them to do.")},
    {"own_numbers", QT_TRANSLATE_NOOP("accord::Catalog", "Each team brings its own numbers"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "Sales quotes the CRM, Marketing quotes its campaign reports, and the two never agree.")},
    {"ownership_drift", QT_TRANSLATE_NOOP("accord::Catalog", "Talk drifts to who owns the problem"),
     QT_TRANSLATE_NOOP("accord::Catalog",
                       "The conversation moves from fixing the issue to settling whose job or fault it is.")},
};

const EntryRow sharedOutcomeRows[] = {
    {"qualified_pipeline", QT_TRANSLATE_NOOP("accord::Catalog", "Qualified pipeline"),
     QT_TRANSLATE_NOOP("accord::Catalog", "More open opportunities that fit the ideal customer and are truly in play."),
     "qualified_pipeline"},
    {"conversion", QT_TRANSLATE_NOOP("accord::Catalog", "Conversion"),
     QT_TRANSLATE_NOOP("accord::Catalog", "More of the demand already in the funnel turning into won business."),
     "stage_conversion"},
    {"sales_velocity", QT_TRANSLATE_NOOP("accord::Catalog", "Sales velocity"),
     QT_TRANSLATE_NOOP("accord::Catalog", "Revenue arriving sooner from the same pipeline."), "sales_velocity"},
    {"retention", QT_TRANSLATE_NOOP("accord::Catalog", "Retention"),
     QT_TRANSLATE_NOOP("accord::Catalog", "Customers staying and renewing because they got what they were promised."),
     "retention_rate"},
    {"expansion", QT_TRANSLATE_NOOP("accord::Catalog", "Expansion"),
     QT_TRANSLATE_NOOP("accord::Catalog", "Existing customers buying more as they succeed."), "expansion_revenue"},
    {"customer_value", QT_TRANSLATE_NOOP("accord::Catalog", "Customer value"),
     QT_TRANSLATE_NOOP("accord::Catalog", "Each customer worth more over the whole relationship."),
     "customer_lifetime_value"},
    {"revenue_efficiency", QT_TRANSLATE_NOOP("accord::Catalog", "Revenue efficiency"),
     QT_TRANSLATE_NOOP("accord::Catalog", "More new revenue for every dollar spent on go-to-market."),
     "revenue_efficiency"},
};

template <typename T, std::size_t N>
QList<T> entries(const EntryRow (&rows)[N], const QHash<QString, Id>& metrics, QStringList* unresolved)
{
    QList<T> result;
    for (const EntryRow& row : rows) {
        T entry;
        entry.code = QString::fromLatin1(row.code);
        entry.name = translated(row.name);
        entry.description = translated(row.description);
        entry.metricId = resolve(metrics, row.metric, unresolved);
        entry.sortOrder = int(result.size());
        result.append(entry);
    }
    return result;
}

} // namespace

QList<Team> defaultTeams()
{
    QList<Team> result;
    for (const TeamRow& row : teamRows) {
        Team team;
        team.code = QString::fromLatin1(row.code);
        team.name = translated(row.name);
        team.color = QString::fromLatin1(row.color);
        team.sortOrder = int(result.size());
        result.append(team);
    }
    return result;
}

QList<RootCauseCategory> defaultRootCauseCategories()
{
    return entries<RootCauseCategory>(rootCauseRows, {}, nullptr);
}

QList<DataTrustSignal> defaultDataTrustSignals()
{
    return entries<DataTrustSignal>(dataTrustSignalRows, {}, nullptr);
}

QList<SharedOutcome> defaultSharedOutcomes(const CodeIds& ids, QStringList* unresolved)
{
    return entries<SharedOutcome>(sharedOutcomeRows, ids.metrics, unresolved);
}

} // namespace accord::Catalog
