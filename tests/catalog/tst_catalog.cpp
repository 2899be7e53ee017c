#include "TestSupport.h"
#include "catalog/Defaults.h"
#include "domain/MetricVersion.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace accord;

namespace {

template <typename T> QStringList codesOf(const QList<T>& rows)
{
    QStringList codes;
    for (const T& row : rows)
        codes.append(row.code);
    return codes;
}

template <typename T> QSet<Id> idsOf(const QList<T>& rows)
{
    QSet<Id> ids;
    for (const T& row : rows)
        ids.insert(row.id);
    return ids;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void currency();
    void codes_data();
    void codes();
    void teams();
    void vocabularyHasDescriptions();
    void frictionTypes_data();
    void frictionTypes();
    void conflictPatterns_data();
    void conflictPatterns();
    void sharedOutcomes();
    void everyNamedKpiIsInTheDictionary();
    void metrics();
    void metricSources_data();
    void metricSources();
    void metricHasFirstVersion();
    void funnelStages();
    void slas();
    void rejectReasons();
    void operatingRhythms();
    void alignmentAreas();
    void defaultsRebuildFromWorkspaceCodes();
    void unknownCodesAreReported();

private:
    template <typename T> QList<T> all()
    {
        QString error;
        const QList<T> rows = (*m_ws)->template repository<T>().list({}, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return rows;
    }
    QString metricCode(Id id);
    Catalog::CodeIds workspaceCodeIds();

    std::unique_ptr<test::TempWorkspace> m_ws;
};

void TestCatalog::initTestCase()
{
    m_ws = std::make_unique<test::TempWorkspace>();
    QVERIFY2(m_ws->workspace, qPrintable(m_ws->error));
}

QString TestCatalog::metricCode(Id id)
{
    const auto metric = (*m_ws)->repository<Metric>().find(id);
    return metric ? metric->code : QString();
}

Catalog::CodeIds TestCatalog::workspaceCodeIds()
{
    Catalog::CodeIds ids;
    ids.teams = Catalog::idsByCode(all<Team>());
    ids.rootCauses = Catalog::idsByCode(all<RootCauseCategory>());
    ids.funnelStages = Catalog::idsByCode(all<FunnelStage>());
    ids.metrics = Catalog::idsByCode(all<Metric>());
    ids.frictionTypes = Catalog::idsByCode(all<FrictionType>());
    return ids;
}

void TestCatalog::currency()
{
    QCOMPARE((*m_ws)->info(QStringLiteral("currency")), QStringLiteral("USD"));
}

void TestCatalog::codes_data()
{
    QTest::addColumn<QStringList>("actual");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("teams") << codesOf(all<Team>())
                           << QStringList{"marketing",         "sales",   "revops",    "customer_success",
                                          "product_marketing", "product", "leadership"};
    QTest::addRow("root causes") << codesOf(all<RootCauseCategory>())
                                 << QStringList{"goals", "incentives", "data",    "ownership",    "decision_rights",
                                                "slas",  "capacity",   "process", "communication"};
    QTest::addRow("data-trust signals") << codesOf(all<DataTrustSignal>())
                                        << QStringList{"definition_debates", "dashboards_raise_questions",
                                                       "own_numbers", "ownership_drift"};
    QTest::addRow("shared outcomes") << codesOf(all<SharedOutcome>())
                                     << QStringList{"qualified_pipeline", "conversion", "sales_velocity",
                                                    "retention",          "expansion",  "customer_value",
                                                    "revenue_efficiency"};
    QTest::addRow("funnel stages") << codesOf(all<FunnelStage>())
                                   << QStringList{"inquiry", "mql", "sal", "sql", "opportunity", "revenue"};
    QTest::addRow("friction types") << codesOf(all<FrictionType>())
                                    << QStringList{"marketing_sales", "sales_revops",   "marketing_revops", "sales_cs",
                                                   "pmm_sales",       "leadership_gtm", "cs_product"};
    QTest::addRow("conflict patterns") << codesOf(all<ConflictPattern>())
                                       << QStringList{"junk_leads",      "no_follow_up",    "distrust_numbers",
                                                      "misrouted_leads", "different_goals", "campaign_mismatch"};
    QTest::addRow("operating rhythms") << codesOf(all<OperatingRhythm>())
                                       << QStringList{"weekly_execution", "monthly_revenue", "quarterly_planning"};
    QTest::addRow("alignment areas") << codesOf(all<AlignmentArea>())
                                     << QStringList{"value_proposition",      "icp",
                                                    "goals_accountabilities", "roles_responsibilities",
                                                    "success_metrics",        "joint_gtm_plan",
                                                    "sales_playbook",         "cadence"};
    // The dictionary is listed by name, so only its set of codes is fixed.
    QStringList metricCodes = codesOf(all<Metric>());
    metricCodes.sort();
    QStringList expectedMetrics{"mql_to_sql_conversion",
                                "forecast_accuracy",
                                "attribution_completeness",
                                "time_to_value",
                                "message_adoption",
                                "revenue_attainment",
                                "retention_rate",
                                "mql_to_sal_conversion",
                                "sal_to_sql_conversion",
                                "median_first_touch_hours",
                                "reporting_consistency",
                                "misroute_rate",
                                "pipeline_created",
                                "pipeline_target_segment",
                                "acceptance_rate",
                                "sla_breach_rate",
                                "won_revenue",
                                "win_rate",
                                "sales_cycle_days",
                                "stage_conversion",
                                "reject_reason_mix",
                                "nps",
                                "pulse_score",
                                "expansion_revenue",
                                "customer_lifetime_value",
                                "revenue_efficiency",
                                "sales_velocity",
                                "qualified_pipeline"};
    expectedMetrics.sort();
    QTest::addRow("metrics") << metricCodes << expectedMetrics;
}

void TestCatalog::codes()
{
    QFETCH(QStringList, actual);
    QFETCH(QStringList, expected);
    QCOMPARE(actual, expected);
}

void TestCatalog::teams()
{
    const QList<Team> teams = all<Team>();
    QCOMPARE(teams.size(), 7);
    QSet<QString> colors;
    static const QRegularExpression hexColor(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    for (int i = 0; i < teams.size(); ++i) {
        QCOMPARE(teams[i].sortOrder, i);
        QVERIFY(!teams[i].name.isEmpty());
        QVERIFY2(hexColor.match(teams[i].color).hasMatch(), qPrintable(teams[i].color));
        colors.insert(teams[i].color.toUpper());
    }
    QCOMPARE(colors.size(), teams.size());
}

void TestCatalog::vocabularyHasDescriptions()
{
    QList<CatalogEntry> entries;
    for (const auto& e : all<RootCauseCategory>())
        entries.append(e);
    for (const auto& e : all<DataTrustSignal>())
        entries.append(e);
    for (const auto& e : all<SharedOutcome>())
        entries.append(e);
    QCOMPARE(entries.size(), 9 + 4 + 7);
    for (const CatalogEntry& e : std::as_const(entries)) {
        QVERIFY2(!e.name.isEmpty(), qPrintable(e.code));
        QVERIFY2(!e.description.isEmpty(), qPrintable(e.code));
    }
}

void TestCatalog::frictionTypes_data()
{
    QTest::addColumn<QString>("teamA");
    QTest::addColumn<QString>("teamB");
    QTest::addColumn<QString>("kpi");
    QTest::addRow("marketing_sales") << "marketing"
                                     << "sales"
                                     << "mql_to_sql_conversion";
    QTest::addRow("sales_revops") << "sales"
                                  << "revops"
                                  << "forecast_accuracy";
    QTest::addRow("marketing_revops") << "marketing"
                                      << "revops"
                                      << "attribution_completeness";
    QTest::addRow("sales_cs") << "sales"
                              << "customer_success"
                              << "time_to_value";
    QTest::addRow("pmm_sales") << "product_marketing"
                               << "sales"
                               << "message_adoption";
    QTest::addRow("leadership_gtm") << "leadership" << QString() << "revenue_attainment";
    QTest::addRow("cs_product") << "customer_success"
                                << "product"
                                << "retention_rate";
}

void TestCatalog::frictionTypes()
{
    QFETCH(QString, teamA);
    QFETCH(QString, teamB);
    QFETCH(QString, kpi);
    const QString code = QString::fromLatin1(QTest::currentDataTag());
    const Catalog::CodeIds ids = workspaceCodeIds();
    const QList<FrictionType> types = (*m_ws)->repository<FrictionType>().list(Filter().where("code", code));
    QCOMPARE(types.size(), 1);
    const FrictionType& type = types.first();
    QVERIFY(!type.name.isEmpty());
    QVERIFY(!type.looksLike.isEmpty());
    QVERIFY(!type.rootCause.isEmpty());
    QVERIFY(!type.mechanism.isEmpty());
    QCOMPARE(type.teamAId, ids.teams.value(teamA));
    QCOMPARE(type.teamBId, ids.teams.value(teamB)); // 0 for "every GTM team"
    QCOMPARE(metricCode(type.kpiMetricId), kpi);
    QVERIFY(!type.rootCauseCategoryIds.isEmpty());
    QVERIFY(idsOf(all<RootCauseCategory>())
                .contains(QSet<Id>(type.rootCauseCategoryIds.begin(), type.rootCauseCategoryIds.end())));
}

void TestCatalog::conflictPatterns_data()
{
    QTest::addColumn<QStringList>("kpis");
    QTest::addRow("junk_leads") << QStringList{"mql_to_sal_conversion", "sal_to_sql_conversion"};
    QTest::addRow("no_follow_up") << QStringList{"median_first_touch_hours"};
    QTest::addRow("distrust_numbers") << QStringList{"reporting_consistency"};
    QTest::addRow("misrouted_leads") << QStringList{"misroute_rate"};
    QTest::addRow("different_goals") << QStringList{"pipeline_created"};
    QTest::addRow("campaign_mismatch") << QStringList{"pipeline_target_segment"};
}

void TestCatalog::conflictPatterns()
{
    QFETCH(QStringList, kpis);
    const QString code = QString::fromLatin1(QTest::currentDataTag());
    const QList<ConflictPattern> patterns = (*m_ws)->repository<ConflictPattern>().list(Filter().where("code", code));
    QCOMPARE(patterns.size(), 1);
    const ConflictPattern& pattern = patterns.first();
    QVERIFY(!pattern.complaint.isEmpty());
    QVERIFY(!pattern.revopsEnables.isEmpty());
    QVERIFY(!pattern.artifact.isEmpty());
    QVERIFY(!pattern.quickFix.isEmpty());
    QVERIFY(idsOf(all<FrictionType>()).contains(pattern.frictionTypeId));
    QStringList kpiCodes;
    for (Id id : pattern.kpiMetricIds)
        kpiCodes.append(metricCode(id));
    QCOMPARE(kpiCodes, kpis);
    QVERIFY(!pattern.rootCauseCategoryIds.isEmpty());
}

void TestCatalog::sharedOutcomes()
{
    const QList<SharedOutcome> outcomes = all<SharedOutcome>();
    QCOMPARE(outcomes.size(), 7);
    for (const SharedOutcome& outcome : outcomes)
        QVERIFY2(!metricCode(outcome.metricId).isEmpty(), qPrintable(outcome.code));
}

void TestCatalog::everyNamedKpiIsInTheDictionary()
{
    QList<Id> named;
    for (const FrictionType& type : all<FrictionType>())
        named.append(type.kpiMetricId);
    for (const ConflictPattern& pattern : all<ConflictPattern>())
        named.append(pattern.kpiMetricIds);
    for (const SharedOutcome& outcome : all<SharedOutcome>())
        named.append(outcome.metricId);
    QCOMPARE(named.size(), 7 + 7 + 7);
    const QSet<Id> dictionary = idsOf(all<Metric>());
    for (Id id : std::as_const(named))
        QVERIFY2(dictionary.contains(id), qPrintable(QString::number(id)));
}

void TestCatalog::metrics()
{
    static const QSet<QString> units{"%", "hours", "days", "USD", "score", "count"};
    const QSet<Id> teams = idsOf(all<Team>());
    const QSet<Id> stages = idsOf(all<FunnelStage>());
    for (const Metric& metric : all<Metric>()) {
        const QByteArray code = metric.code.toUtf8();
        QVERIFY2(!metric.name.isEmpty() && !metric.definition.isEmpty(), code);
        QVERIFY2(metric.formula.isEmpty() == (metric.source == MetricSource::Manual), code);
        QVERIFY2(units.contains(metric.unit), code);
        QVERIFY2(teams.contains(metric.ownerTeamId), code);
        QVERIFY2(!metric.sourceSystem.isEmpty(), code);
        QCOMPARE(metric.version, 1);
        QVERIFY2(stages.contains(QSet<Id>(metric.funnelStageIds.begin(), metric.funnelStageIds.end())), code);
        // Green must be better than amber in the metric's own direction.
        if (metric.direction == MetricDirection::HigherIsBetter)
            QVERIFY2(metric.target > metric.amberThreshold, code);
        else
            QVERIFY2(metric.target < metric.amberThreshold, code);
    }
}

void TestCatalog::metricSources_data()
{
    QTest::addColumn<MetricSource>("source");
    for (const char* manual : {"forecast_accuracy", "message_adoption", "nps", "pulse_score", "time_to_value",
                               "retention_rate", "expansion_revenue", "customer_lifetime_value", "revenue_efficiency",
                               "reporting_consistency", "attribution_completeness", "revenue_attainment"})
        QTest::addRow("%s", manual) << MetricSource::Manual;
    for (const char* computed :
         {"mql_to_sql_conversion", "mql_to_sal_conversion", "sal_to_sql_conversion", "median_first_touch_hours",
          "misroute_rate", "pipeline_created", "pipeline_target_segment", "acceptance_rate", "sla_breach_rate",
          "won_revenue", "win_rate", "sales_cycle_days", "stage_conversion", "reject_reason_mix", "sales_velocity",
          "qualified_pipeline"})
        QTest::addRow("%s", computed) << MetricSource::Computed;
}

void TestCatalog::metricSources()
{
    QFETCH(MetricSource, source);
    const QList<Metric> metrics =
        (*m_ws)->repository<Metric>().list(Filter().where("code", QString::fromLatin1(QTest::currentDataTag())));
    QCOMPARE(metrics.size(), 1);
    QCOMPARE(metrics.first().source, source);
    if (source == MetricSource::Computed)
        QVERIFY(!metrics.first().funnelStageIds.isEmpty());
}

void TestCatalog::metricHasFirstVersion()
{
    const QList<MetricVersion> versions = all<MetricVersion>();
    const QList<Metric> metrics = all<Metric>();
    QCOMPARE(versions.size(), metrics.size());
    for (const Metric& metric : metrics) {
        const auto version = std::find_if(versions.begin(), versions.end(),
                                          [&](const MetricVersion& v) { return v.metricId == metric.id; });
        QVERIFY2(version != versions.end(), qPrintable(metric.code));
        QCOMPARE(version->version, 1);
        QCOMPARE(version->name, metric.name);
        QCOMPARE(version->definition, metric.definition);
        QCOMPARE(version->unit, metric.unit);
        QCOMPARE(version->target, metric.target);
        QCOMPARE(version->ownerTeamId, metric.ownerTeamId);
        QCOMPARE(version->decisionId, Id(0));
        QCOMPARE(version->changedAt, m_ws->clock.now());
    }
}

void TestCatalog::funnelStages()
{
    const QList<FunnelStage> stages = all<FunnelStage>();
    const QStringList fields{"inquiry_at", "mql_at", "sal_at", "sql_at", "opportunity_at", "won_at"};
    QCOMPARE(stages.size(), fields.size());
    const QSet<Id> teams = idsOf(all<Team>());
    for (int i = 0; i < stages.size(); ++i) {
        QCOMPARE(stages[i].sortOrder, i);
        QCOMPARE(stages[i].recordField, fields[i]);
        QVERIFY(teams.contains(stages[i].ownerTeamId));
        QVERIFY(!stages[i].name.isEmpty());
        QVERIFY(!stages[i].entryCriteria.isEmpty());
        QVERIFY(!stages[i].exitCriteria.isEmpty());
    }
}

void TestCatalog::slas()
{
    const QList<Sla> slas = all<Sla>();
    const Catalog::CodeIds ids = workspaceCodeIds();
    QSet<SlaKind> kinds;
    for (const Sla& sla : slas) {
        kinds.insert(sla.kind);
        QVERIFY(!sla.name.isEmpty());
        QVERIFY(!sla.description.isEmpty());
        QVERIFY(sla.active);
        QCOMPARE(sla.escalateToId, Id(0));
        if (sla.kind == SlaKind::LeadStandard) {
            QCOMPARE(sla.ownerTeamId, ids.teams.value("marketing"));
            QCOMPARE(sla.counterpartTeamId, ids.teams.value("sales"));
            QVERIFY(sla.requiredFields.count(QLatin1Char('\n')) >= 2);
            QVERIFY(!sla.suppressionRules.isEmpty());
        } else {
            QCOMPARE(sla.ownerTeamId, ids.teams.value("sales"));
            QCOMPARE(sla.counterpartTeamId, ids.teams.value("marketing"));
            QVERIFY(sla.targetHours > 0);
            QVERIFY(sla.escalateAfterHours >= sla.targetHours);
        }
    }
    QCOMPARE(kinds.size(), enumCount<SlaKind>());
}

void TestCatalog::rejectReasons()
{
    const QList<RejectReason> reasons = all<RejectReason>();
    QVERIFY(reasons.size() >= 6 && reasons.size() <= 8);
    QSet<RejectAction> actions;
    for (const RejectReason& reason : reasons) {
        QVERIFY(!reason.name.isEmpty());
        QVERIFY(!reason.description.isEmpty());
        actions.insert(reason.action);
    }
    QCOMPARE(actions.size(), enumCount<RejectAction>());
}

void TestCatalog::operatingRhythms()
{
    const QList<OperatingRhythm> rhythms = all<OperatingRhythm>();
    QCOMPARE(rhythms.size(), 3);
    QSet<Cadence> cadences;
    for (const OperatingRhythm& rhythm : rhythms) {
        cadences.insert(rhythm.cadence);
        QVERIFY(!rhythm.purpose.isEmpty());
        QVERIFY2(rhythm.standingAgenda.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() >= 3,
                 qPrintable(rhythm.code));
    }
    QCOMPARE(cadences.size(), 3);
}

void TestCatalog::alignmentAreas()
{
    const QList<AlignmentArea> areas = all<AlignmentArea>();
    QCOMPARE(areas.size(), 8);
    for (const AlignmentArea& area : areas) {
        QVERIFY(!area.description.isEmpty());
        QCOMPARE(area.status, AlignmentStatus::NotStarted);
        QCOMPARE(area.ownerId, Id(0));
    }
}

// "Restore to defaults" rebuilds the rows against a workspace's own ids; on a fresh workspace that must give back
// exactly what was seeded.
void TestCatalog::defaultsRebuildFromWorkspaceCodes()
{
    const Catalog::CodeIds ids = workspaceCodeIds();
    QStringList unresolved;
    QList<FrictionType> types = Catalog::defaultFrictionTypes(ids, &unresolved);
    QList<ConflictPattern> patterns = Catalog::defaultConflictPatterns(ids, &unresolved);
    QVERIFY2(unresolved.isEmpty(), qPrintable(unresolved.join(", ")));
    QList<FrictionType> stored = all<FrictionType>();
    QCOMPARE(types.size(), stored.size());
    for (qsizetype i = 0; i < types.size(); ++i) {
        stored[i].id = 0;
        stored[i].audit = {};
        QCOMPARE(types[i], stored[i]);
    }
    QList<ConflictPattern> storedPatterns = all<ConflictPattern>();
    QCOMPARE(patterns.size(), storedPatterns.size());
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        storedPatterns[i].id = 0;
        storedPatterns[i].audit = {};
        QCOMPARE(patterns[i], storedPatterns[i]);
    }
}

void TestCatalog::unknownCodesAreReported()
{
    Catalog::CodeIds ids = workspaceCodeIds();
    ids.metrics.remove(QStringLiteral("retention_rate"));
    QStringList unresolved;
    const QList<FrictionType> types = Catalog::defaultFrictionTypes(ids, &unresolved);
    QCOMPARE(unresolved, QStringList{QStringLiteral("retention_rate")});
    QCOMPARE(types.last().code, QStringLiteral("cs_product"));
    QCOMPARE(types.last().kpiMetricId, Id(0));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
