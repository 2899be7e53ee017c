#include "TestSupport.h"
#include "domain/CrmRecord.h"
#include "domain/Metric.h"
#include "formula/FormulaParser.h"
#include "storage/MetricEvaluator.h"

#include <QTest>

using namespace accord;

namespace {

using Grouping = MetricEvaluator::Grouping;
using Dimension = MetricEvaluator::Dimension;
using Granularity = MetricEvaluator::Granularity;

// The fixture: April and May 2026, sources Web and Partner, segments SMB and Enterprise. Times are "MM-dd HH:mm"
// in 2026, UTC; an empty text is a time not reached.
struct LeadRow
{
    const char* id;
    const char* created;
    const char* source;
    const char* segment;
    const char* mql;
    const char* firstTouch; // hours after the MQL in the comment
    const char* sal;
    const char* sql;
    const char* rejectReason;
};

const LeadRow leads[] = {
    // MQL in April: Web L01 L02 L03 L08 L17, Partner L04 L05 L07.
    {"L01", "04-01 09:00", "Web", "SMB", "04-01 10:00", "04-01 14:00", "04-02 10:00", "04-06 10:00", ""}, // 4 h
    {"L02", "04-02 09:00", "Web", "SMB", "04-02 10:00", "04-03 10:00", "04-04 10:00", "", ""},            // 24 h
    {"L03", "04-03 09:00", "Web", "Enterprise", "04-03 10:00", "04-05 10:00", "", "", "Wrong owner or territory"},
    {"L04", "04-05 07:00", "Partner", "Enterprise", "04-05 08:00", "04-05 10:00", "04-06 10:00", "04-10 10:00", ""},
    {"L05", "04-06 08:00", "Partner", "SMB", "04-06 09:00", "", "", "", ""},                          // never touched
    {"L06", "04-07 09:00", "Web", "SMB", "", "", "", "", ""},                                         // an inquiry only
    {"L07", "04-08 08:00", "Partner", "SMB", "04-08 09:00", "04-08 21:00", "", "", "not_icp"},        // 12 h
    {"L08", "04-20 11:00", "Web", "Enterprise", "04-20 12:00", "04-21 00:00", "04-22 10:00", "", ""}, // 12 h
    {"L17", "04-25 09:00", "Web", "Enterprise", "04-25 10:00", "04-25 15:00", "04-26 10:00", "04-29 10:00", ""}, // 5 h
    // MQL in May: Web L09 L10 L15, Partner L11 L12 L14 L16.
    {"L09", "05-02 09:00", "Web", "SMB", "05-02 10:00", "05-02 11:00", "05-03 10:00", "05-08 10:00", ""}, // 1 h
    {"L10", "05-03 09:00", "Web", "SMB", "05-03 10:00", "05-04 16:00", "", "", "wrong_owner"},            // 30 h
    {"L11", "05-04 09:00", "Partner", "Enterprise", "05-04 10:00", "05-04 16:00", "05-05 10:00", "05-12 10:00",
     ""},                                                                                                 // 6 h
    {"L12", "05-05 09:00", "Partner", "Enterprise", "05-05 10:00", "05-05 18:00", "05-06 10:00", "", ""}, // 8 h
    {"L13", "05-06 09:00", "Web", "Enterprise", "", "", "", "", ""},
    {"L14", "05-10 09:00", "Partner", "SMB", "05-10 10:00", "05-11 12:00", "", "", "Too small"}, // 26 h, off the list
    {"L15", "04-28 09:00", "Web", "SMB", "05-01 10:00", "05-01 20:00", "05-02 10:00", "", ""},   // 10 h, created April
    {"L16", "05-15 09:00", "Partner", "SMB", "05-15 10:00", "05-15 13:00", "05-16 10:00", "", ""}, // 3 h
    // An MQL of March, outside the range evaluated, accepted on 1 April.
    {"L18", "03-30 09:00", "Web", "SMB", "03-31 10:00", "03-31 11:00", "04-01 10:00", "", ""},
};

struct OpportunityRow
{
    const char* id;
    const char* opened;
    const char* source;
    const char* segment;
    double amount;
    const char* won;
    const char* lost;
};

const OpportunityRow opportunities[] = {
    {"O1", "04-07 10:00", "Web", "SMB", 10000, "05-07 10:00", ""}, // won in May after 30 days
    {"O2", "04-11 10:00", "Partner", "Enterprise", 100000, "", "05-20 10:00"},
    {"O3", "05-09 10:00", "Web", "SMB", 20000, "05-19 10:00", ""},        // won in May after 10 days
    {"O4", "05-13 10:00", "Partner", "Enterprise", 200000, "", ""},       // open
    {"O5", "04-15 10:00", "Web", "Enterprise", 50000, "04-30 10:00", ""}, // won in April after 15 days
    {"O6", "04-20 10:00", "Partner", "SMB", 5000, "", "04-25 10:00"},
    {"O7", "05-20 10:00", "Web", "SMB", 15000, "", ""}, // open
    {"O8", "06-02 10:00", "Web", "SMB", 7000, "", ""},  // June: outside April and May
};

QDateTime at(const char* text)
{
    if (!*text)
        return {};
    return QDateTime::fromString(
        QStringLiteral("2026-%1:00Z").arg(QLatin1String(text)).replace(QLatin1Char(' '), QLatin1Char('T')),
        Qt::ISODate);
}

// Points as "period/group=value#records", values to six significant digits, joined by "; ".
QString render(const QList<MetricEvaluator::Point>& points)
{
    QStringList parts;
    for (const MetricEvaluator::Point& point : points) {
        const QString key = point.group.isEmpty() ? point.period : point.period + QLatin1Char('/') + point.group;
        const QString value = point.value ? QString::number(*point.value, 'g', 6) : QStringLiteral("none");
        parts << QStringLiteral("%1=%2#%3").arg(key, value).arg(point.records);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestMetricEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtInMetrics_data();
    void builtInMetrics();
    void otherGroupings_data();
    void otherGroupings();
    void evaluateAllMatchesEachAlone_data();
    void evaluateAllMatchesEachAlone();
    void recordsOfAPoint();
    void handBuiltTreeWithUnknownField();

private:
    std::optional<Formula> parse(const QString& text);
    QString evaluate(const Formula& formula, const Grouping& grouping, QDate from, QDate to);

    test::TempWorkspace m_workspace;
    QHash<QString, QString> m_formulas;
    std::optional<FormulaVocabulary> m_vocabulary;
};

void TestMetricEvaluator::initTestCase()
{
    QVERIFY2(m_workspace.workspace, qPrintable(m_workspace.error));
    Repository<CrmRecord> records = m_workspace->repository<CrmRecord>();
    QString error;
    for (const LeadRow& row : leads) {
        CrmRecord record;
        record.kind = CrmRecordKind::Lead;
        record.externalId = QLatin1String(row.id);
        record.createdAt = record.inquiryAt = at(row.created);
        record.source = QLatin1String(row.source);
        record.segment = QLatin1String(row.segment);
        record.mqlAt = at(row.mql);
        record.firstTouchAt = at(row.firstTouch);
        record.salAt = at(row.sal);
        record.sqlAt = at(row.sql);
        record.rejectReason = QString::fromUtf8(row.rejectReason);
        QVERIFY2(records.insert(record, &error), qPrintable(error));
    }
    for (const OpportunityRow& row : opportunities) {
        CrmRecord record;
        record.kind = CrmRecordKind::Opportunity;
        record.externalId = QLatin1String(row.id);
        record.createdAt = record.opportunityAt = at(row.opened);
        record.source = QLatin1String(row.source);
        record.segment = QLatin1String(row.segment);
        record.amount = row.amount;
        record.wonAt = at(row.won);
        record.lostAt = at(row.lost);
        QVERIFY2(records.insert(record, &error), qPrintable(error));
    }
    for (const Metric& metric : m_workspace->repository<Metric>().list({}, &error))
        m_formulas.insert(metric.code, metric.formula);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_vocabulary = FormulaVocabulary::load(m_workspace->database(), &error);
    QVERIFY2(m_vocabulary, qPrintable(error));
}

std::optional<Formula> TestMetricEvaluator::parse(const QString& text)
{
    FormulaError error;
    std::optional<Formula> formula = FormulaParser::parse(text, *m_vocabulary, &error);
    if (!formula)
        qWarning("%s: %s", qPrintable(text), qPrintable(error.message));
    return formula;
}

QString TestMetricEvaluator::evaluate(const Formula& formula, const Grouping& grouping, QDate from, QDate to)
{
    QString error;
    const QList<MetricEvaluator::Point> points =
        MetricEvaluator::evaluate(m_workspace->database(), formula, grouping, from, to, &error);
    return error.isEmpty() ? render(points) : error;
}

void TestMetricEvaluator::builtInMetrics_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<int>("dimension");
    QTest::addColumn<QString>("expected");
    const int none = int(Dimension::None);
    const int source = int(Dimension::Source);

    // MQL→SQL, by MQL month. April: SQL L01 L04 L17 of 8 MQLs; May: L09 L11 of 7.
    // By source, April: Partner L04 of L04 L05 L07, Web L01 L17 of 5; May: Partner L11 of 4, Web L09 of L09 L10 L15.
    QTest::addRow("mql_to_sql_conversion per month")
        << "mql_to_sql_conversion" << none << "2026-04=37.5#8; 2026-05=28.5714#7";
    QTest::addRow("mql_to_sql_conversion by source")
        << "mql_to_sql_conversion" << source
        << "2026-04/Partner=33.3333#3; 2026-04/Web=40#5; 2026-05/Partner=25#4; 2026-05/Web=33.3333#3";
    // MQL→SAL. April: SAL L01 L02 L04 L08 L17 = 5 of 8; May: L09 L11 L12 L15 L16 = 5 of 7.
    // Partner April L04 1/3, Web April 4/5; Partner May L11 L12 L16 3/4, Web May L09 L15 2/3.
    QTest::addRow("mql_to_sal_conversion per month")
        << "mql_to_sal_conversion" << none << "2026-04=62.5#8; 2026-05=71.4286#7";
    QTest::addRow("mql_to_sal_conversion by source")
        << "mql_to_sal_conversion" << source
        << "2026-04/Partner=33.3333#3; 2026-04/Web=80#5; 2026-05/Partner=75#4; 2026-05/Web=66.6667#3";
    // SAL→SQL, by SAL month. April SALs L01 L02 L04 L08 L17 and L18 (an MQL of March), SQL L01 L04 L17: 3/6; May SALs
    // L09 L11 L12 L15 L16, SQL L09 L11: 2/5. Partner April L04 1/1, Web April L01 L17 of 5; Partner May L11 of 3, Web
    // May L09 of 2.
    QTest::addRow("sal_to_sql_conversion per month") << "sal_to_sql_conversion" << none << "2026-04=50#6; 2026-05=40#5";
    QTest::addRow("sal_to_sql_conversion by source")
        << "sal_to_sql_conversion" << source
        << "2026-04/Partner=100#1; 2026-04/Web=40#5; 2026-05/Partner=33.3333#3; 2026-05/Web=50#2";
    // Hours to first touch of the MQLs that were touched; the count is every MQL, L05 included.
    // April: 2 4 5 12 12 24 48 → 12; May: 1 3 6 8 10 26 30 → 8. Partner April: 2 12 → 7; Web April: 4 5 12 24 48 → 12;
    // Partner May: 3 6 8 26 → 7; Web May: 1 10 30 → 10.
    QTest::addRow("median_first_touch_hours per month")
        << "median_first_touch_hours" << none << "2026-04=12#8; 2026-05=8#7";
    QTest::addRow("median_first_touch_hours by source")
        << "median_first_touch_hours" << source
        << "2026-04/Partner=7#3; 2026-04/Web=12#5; 2026-05/Partner=7#4; 2026-05/Web=10#3";
    // Rejected as the wrong owner, by the reason's name (L03, April) or its code (L10, May): 1/8 and 1/7.
    QTest::addRow("misroute_rate per month") << "misroute_rate" << none << "2026-04=12.5#8; 2026-05=14.2857#7";
    QTest::addRow("misroute_rate by source")
        << "misroute_rate" << source
        << "2026-04/Partner=0#3; 2026-04/Web=20#5; 2026-05/Partner=0#4; 2026-05/Web=33.3333#3";
    // Opened in April: O1 10000 + O2 100000 + O5 50000 + O6 5000; in May: O3 20000 + O4 200000 + O7 15000; O8 is June.
    QTest::addRow("pipeline_created per month") << "pipeline_created" << none << "2026-04=165000#4; 2026-05=235000#3";
    QTest::addRow("pipeline_created by source")
        << "pipeline_created" << source
        << "2026-04/Partner=105000#2; 2026-04/Web=60000#2; 2026-05/Partner=200000#1; 2026-05/Web=35000#2";
    // Enterprise amounts: April O2 + O5 = 150000 of 165000; May O4 200000 of 235000. Partner April O2 100000 of
    // 105000, Web April O5 50000 of 60000; Partner May all of O4; Web May nothing of 35000.
    QTest::addRow("pipeline_target_segment per month")
        << "pipeline_target_segment" << none << "2026-04=90.9091#4; 2026-05=85.1064#3";
    QTest::addRow("pipeline_target_segment by source")
        << "pipeline_target_segment" << source
        << "2026-04/Partner=95.2381#2; 2026-04/Web=83.3333#2; 2026-05/Partner=100#1; 2026-05/Web=0#2";
    // Accepted of accepted or rejected, by MQL month: April 5 SALs + L03 L07 rejected = 5/7; May 5 + L10 L14 = 5/7.
    // Partner April L04 of L04 L07, Web April 4 of 5; Partner May 3 of 4; Web May L09 L15 of 3.
    QTest::addRow("acceptance_rate per month") << "acceptance_rate" << none << "2026-04=71.4286#7; 2026-05=71.4286#7";
    QTest::addRow("acceptance_rate by source")
        << "acceptance_rate" << source
        << "2026-04/Partner=50#2; 2026-04/Web=80#5; 2026-05/Partner=75#4; 2026-05/Web=66.6667#3";
    // Not touched within 24 hours of the MQL: April L03 (48 h) and L05 (never), L02 at exactly 24 h is in time: 2/8;
    // May L10 (30 h) and L14 (26 h): 2/7.
    QTest::addRow("sla_breach_rate per month") << "sla_breach_rate" << none << "2026-04=25#8; 2026-05=28.5714#7";
    QTest::addRow("sla_breach_rate by source")
        << "sla_breach_rate" << source
        << "2026-04/Partner=33.3333#3; 2026-04/Web=20#5; 2026-05/Partner=25#4; 2026-05/Web=33.3333#3";
    // Won in April: O5 50000; in May: O1 10000 + O3 20000. Partner won nothing, so it has no group.
    QTest::addRow("won_revenue per month") << "won_revenue" << none << "2026-04=50000#1; 2026-05=30000#2";
    QTest::addRow("won_revenue by source") << "won_revenue" << source << "2026-04/Web=50000#1; 2026-05/Web=30000#2";
    // Closed in April: O5 won, O6 lost; in May: O1 O3 won, O2 lost.
    QTest::addRow("win_rate per month") << "win_rate" << none << "2026-04=50#2; 2026-05=66.6667#3";
    QTest::addRow("win_rate by source")
        << "win_rate" << source << "2026-04/Partner=0#1; 2026-04/Web=100#1; 2026-05/Partner=0#1; 2026-05/Web=100#2";
    // Days from opening to winning: April O5 15; May O1 30 and O3 10 → 20.
    QTest::addRow("sales_cycle_days per month") << "sales_cycle_days" << none << "2026-04=15#1; 2026-05=20#2";
    QTest::addRow("sales_cycle_days by source") << "sales_cycle_days" << source << "2026-04/Web=15#1; 2026-05/Web=20#2";
    // Opened in April O1 O2 O5 O6, won O1 O5; in May O3 O4 O7, won O3.
    QTest::addRow("stage_conversion per month") << "stage_conversion" << none << "2026-04=50#4; 2026-05=33.3333#3";
    QTest::addRow("stage_conversion by source")
        << "stage_conversion" << source
        << "2026-04/Partner=0#2; 2026-04/Web=100#2; 2026-05/Partner=0#1; 2026-05/Web=50#2";
    // Rejected with a listed reason: April L03 (name) and L07 (code) of 2; May L10 of L10 and L14 ("Too small").
    QTest::addRow("reject_reason_mix per month") << "reject_reason_mix" << none << "2026-04=100#2; 2026-05=50#2";
    QTest::addRow("reject_reason_mix by source")
        << "reject_reason_mix" << source
        << "2026-04/Partner=100#1; 2026-04/Web=100#1; 2026-05/Partner=0#1; 2026-05/Web=100#1";
    // Opportunities opened × mean won amount × win rate ÷ median cycle. April: 4 × 50000 × 0.5 ÷ 15 = 6666.67;
    // May: 3 × 15000 × 2/3 ÷ 20 = 1500. The records are the distinct opportunities any part read: April O1 O2 O5 O6;
    // May O3 O4 O7 opened, O1 O3 won, O2 lost → 5. Partner won nothing, so no mean amount and no value; Partner read
    // O2 O6 in April and O4, O2 (lost) in May. Web April: 2 × 50000 × 1 ÷ 15; Web May: 2 × 15000 × 1 ÷ 20 from
    // O3 O7 opened and O1 O3 won.
    QTest::addRow("sales_velocity per month") << "sales_velocity" << none << "2026-04=6666.67#4; 2026-05=1500#5";
    QTest::addRow("sales_velocity by source")
        << "sales_velocity" << source
        << "2026-04/Partner=none#2; 2026-04/Web=6666.67#2; 2026-05/Partner=none#2; 2026-05/Web=1500#3";
    // Still open: nothing opened in April, O4 200000 and O7 15000 opened in May. April has no records, and a sum of
    // none is zero.
    QTest::addRow("qualified_pipeline per month") << "qualified_pipeline" << none << "2026-04=0#0; 2026-05=215000#2";
    QTest::addRow("qualified_pipeline by source")
        << "qualified_pipeline" << source
        << "2026-04/Partner=0#0; 2026-04/Web=0#0; 2026-05/Partner=200000#1; 2026-05/Web=15000#1";
}

void TestMetricEvaluator::builtInMetrics()
{
    QFETCH(QString, metric);
    QFETCH(int, dimension);
    QFETCH(QString, expected);
    const std::optional<Formula> formula = parse(m_formulas.value(metric));
    QVERIFY(formula);
    QCOMPARE(evaluate(*formula, {Granularity::Month, Dimension(dimension)}, QDate(2026, 4, 1), QDate(2026, 5, 31)),
             expected);
}

void TestMetricEvaluator::otherGroupings_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("dimension");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("expected");
    const int none = int(Dimension::None);
    const int month = int(Granularity::Month);
    const QDate april(2026, 4, 1);
    const QDate endOfMay(2026, 5, 31);
    const QString conversion = QStringLiteral("share(leads where reached(mql) by mql_at, reached(sql))");

    // 5 SQLs of the 15 MQLs of April and May.
    QTest::addRow("quarter") << conversion << int(Granularity::Quarter) << none << april << endOfMay
                             << "2026-Q2=33.3333#15";
    QTest::addRow("whole range") << conversion << int(Granularity::Whole) << none << april << endOfMay << "=33.3333#15";
    // SMB MQLs: April L01 L02 L05 L07, SQL L01; May L09 L10 L14 L15 L16, SQL L09. Enterprise: April L03 L04 L08 L17,
    // SQL L04 L17; May L11 L12, SQL L11.
    QTest::addRow("by segment")
        << conversion << month << int(Dimension::Segment) << april << endOfMay
        << "2026-04/Enterprise=50#4; 2026-04/SMB=25#4; 2026-05/Enterprise=50#2; 2026-05/SMB=20#5";
    // L15 was created in April but became an MQL in May: by creation April has 9 leads.
    QTest::addRow("anchor changes the period")
        << "count(leads where reached(mql))" << month << none << april << endOfMay << "2026-04=9#9; 2026-05=6#6";
    // March holds L18 only; June holds O8 only, so June has no lead and April no March record.
    QTest::addRow("range bounds are inclusive days")
        << conversion << month << none << QDate(2026, 3, 31) << QDate(2026, 4, 1) << "2026-03=0#1; 2026-04=100#1";
    // A month without any record still has its point: a count of zero, a ratio with no value.
    QTest::addRow("empty month") << "count(leads) + 0 * share(leads, won)" << month << none << QDate(2026, 6, 1)
                                 << QDate(2026, 6, 30) << "2026-06=none#0";
    QTest::addRow("empty month count is zero")
        << "count(leads)" << month << none << QDate(2026, 6, 1) << QDate(2026, 6, 30) << "2026-06=0#0";
    // Won ÷ open by month opened: April won O1 O5, none open → division by zero gives no value; May won O3 of O4 O7.
    // The records are those either count read.
    QTest::addRow("division by zero") << "count(opportunities where won) / count(opportunities where open)" << month
                                      << none << april << endOfMay << "2026-04=none#2; 2026-05=0.5#3";
    // 90th percentile of days to close won, April and May together: 10, 15, 30 → rank 1.8 → 15 + 0.8 × 15 = 27.
    QTest::addRow("percentile interpolates") << "percentile(90, days(opportunity_at, won_at), opportunities where won)"
                                             << int(Granularity::Whole) << none << april << endOfMay << "=27#3";
    // Mean hours to first touch of the April Partner MQLs that were touched: (2 + 12) / 2.
    QTest::addRow("average skips missing durations")
        << "avg(hours(mql_at, first_touch_at), leads where reached(mql) and source = 'Partner' by mql_at)" << month
        << none << april << QDate(2026, 4, 30) << "2026-04=7#3";
    // Every record kind: created in April are L01–L08, L15, L17 and O1, O2, O5, O6.
    QTest::addRow("records of both kinds")
        << "count(records)" << month << none << april << QDate(2026, 4, 30) << "2026-04=14#14";
}

void TestMetricEvaluator::otherGroupings()
{
    QFETCH(QString, formula);
    QFETCH(int, period);
    QFETCH(int, dimension);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, expected);
    const std::optional<Formula> parsed = parse(formula);
    QVERIFY(parsed);
    QCOMPARE(evaluate(*parsed, {Granularity(period), Dimension(dimension)}, from, to), expected);
}

void TestMetricEvaluator::evaluateAllMatchesEachAlone_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("dimension");
    QStringList codes = m_formulas.keys();
    codes.sort();
    const std::pair<const char*, Grouping> groupings[] = {
        {"month", {Granularity::Month, Dimension::None}},
        {"month by source", {Granularity::Month, Dimension::Source}},
        {"quarter by segment", {Granularity::Quarter, Dimension::Segment}},
        {"whole by owner", {Granularity::Whole, Dimension::Owner}},
    };
    for (const QString& code : std::as_const(codes)) {
        if (m_formulas.value(code).isEmpty())
            continue; // entered by hand
        for (const auto& [name, grouping] : groupings)
            QTest::addRow("%s %s", qPrintable(code), name) << code << int(grouping.period) << int(grouping.dimension);
    }
}

void TestMetricEvaluator::evaluateAllMatchesEachAlone()
{
    QFETCH(QString, metric);
    QFETCH(int, period);
    QFETCH(int, dimension);
    const Grouping grouping{Granularity(period), Dimension(dimension)};
    const QDate from(2026, 3, 1);
    const QDate to(2026, 6, 30);
    // Every formula of the dictionary at once, as the scorecard evaluates them: shared scans must not mix them up.
    QStringList codes = m_formulas.keys();
    codes.sort();
    std::vector<Formula> formulas;
    QStringList parsed;
    for (const QString& code : std::as_const(codes)) {
        if (m_formulas.value(code).isEmpty())
            continue;
        std::optional<Formula> formula = parse(m_formulas.value(code));
        QVERIFY2(formula, qPrintable(code));
        formulas.push_back(std::move(*formula));
        parsed << code;
    }
    QList<const Formula*> all;
    for (const Formula& formula : formulas)
        all << &formula;
    const qsizetype index = parsed.indexOf(metric);
    QString error;
    const QList<QList<MetricEvaluator::Point>> together =
        MetricEvaluator::evaluateAll(m_workspace->database(), all, grouping, from, to, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(together.size(), all.size());
    const QString alone = evaluate(*all[index], grouping, from, to);
    QVERIFY(!together[index].isEmpty());
    QCOMPARE(render(together[index]), alone);
}

void TestMetricEvaluator::recordsOfAPoint()
{
    // The win rate of May read the deals closed in May: O1 and O3 won, O2 lost.
    const std::optional<Formula> formula = parse(m_formulas.value(QStringLiteral("win_rate")));
    QVERIFY(formula);
    QString error;
    const MetricEvaluator::Point may{QStringLiteral("2026-05"), QString(), std::nullopt, 3};
    QCOMPARE(MetricEvaluator::records(m_workspace->database(), *formula, {}, may, QDate(2026, 4, 1), QDate(2026, 5, 31),
                                      &error),
             QStringList({"O1", "O2", "O3"}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The MQL-to-SQL conversion of April's Partner leads read L04, L05 and L07.
    const std::optional<Formula> conversion = parse(m_formulas.value(QStringLiteral("mql_to_sql_conversion")));
    QVERIFY(conversion);
    const MetricEvaluator::Point partner{QStringLiteral("2026-04"), QStringLiteral("Partner"), std::nullopt, 3};
    QCOMPARE(MetricEvaluator::records(m_workspace->database(), *conversion, {Granularity::Month, Dimension::Source},
                                      partner, QDate(2026, 4, 1), QDate(2026, 5, 31), &error),
             QStringList({"L04", "L05", "L07"}));
}

void TestMetricEvaluator::handBuiltTreeWithUnknownField()
{
    // A tree built in code bypasses the parser; the SQL compiler still refuses a name outside its whitelist.
    Formula formula;
    formula.root.kind = FormulaExpression::Kind::Sum;
    formula.root.measure.kind = FormulaOperand::Kind::Field;
    formula.root.measure.field = QStringLiteral("amount; DROP TABLE crm_records");
    QString error;
    QVERIFY(
        MetricEvaluator::evaluate(m_workspace->database(), formula, {}, QDate(2026, 4, 1), QDate(2026, 4, 30), &error)
            .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("not a record field")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMetricEvaluator)
#include "tst_metric_evaluator.moc"
