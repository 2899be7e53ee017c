#include "TestSupport.h"

#include "dictionary/MetricCommands.h"
#include "domain/Decision.h"
#include "domain/MetricValue.h"
#include "scorecard/Scorecard.h"

#include <QTest>
#include <QUndoCommand>

using namespace accord;

Q_DECLARE_METATYPE(accord::MetricDirection)
Q_DECLARE_METATYPE(accord::Rag)

class TestScorecard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rag_data();
    void rag();
    void periods_data();
    void periods();
    void computedAndManualMetrics();
    void breakdownBySourceLeavesManualMetricsOut();
    void definitionChangeIsMarkedInItsPeriod();

private:
    ScorecardOptions lastSixMonths() const;
    const ScorecardRow* row(const QList<ScorecardRow>& rows, const char* code) const;
    std::unique_ptr<test::TempWorkspace> m_demo;
};

void TestScorecard::initTestCase()
{
    m_demo = std::make_unique<test::TempWorkspace>(Workspace::Content::Demo);
    QVERIFY2(m_demo->workspace, qPrintable(m_demo->error));
}

ScorecardOptions TestScorecard::lastSixMonths() const
{
    ScorecardOptions options;
    options.to = m_demo->clock.today();
    options.from = QDate(options.to.year(), options.to.month(), 1).addMonths(-6);
    return options;
}

const ScorecardRow* TestScorecard::row(const QList<ScorecardRow>& rows, const char* code) const
{
    for (const ScorecardRow& r : rows)
        if (r.metric.code == QLatin1String(code) && r.group.isEmpty())
            return &r;
    return nullptr;
}

void TestScorecard::rag_data()
{
    QTest::addColumn<MetricDirection>("direction");
    QTest::addColumn<double>("value");
    QTest::addColumn<Rag>("expected");
    // Target 30, amber from 20 for "higher is better"; target 24, amber up to 36 for "lower is better".
    QTest::addRow("higher: above target") << MetricDirection::HigherIsBetter << 35.0 << Rag::Green;
    QTest::addRow("higher: at target") << MetricDirection::HigherIsBetter << 30.0 << Rag::Green;
    QTest::addRow("higher: amber") << MetricDirection::HigherIsBetter << 25.0 << Rag::Amber;
    QTest::addRow("higher: at amber threshold") << MetricDirection::HigherIsBetter << 20.0 << Rag::Amber;
    QTest::addRow("higher: red") << MetricDirection::HigherIsBetter << 10.0 << Rag::Red;
    QTest::addRow("lower: under target") << MetricDirection::LowerIsBetter << 12.0 << Rag::Green;
    QTest::addRow("lower: amber") << MetricDirection::LowerIsBetter << 30.0 << Rag::Amber;
    QTest::addRow("lower: red") << MetricDirection::LowerIsBetter << 48.0 << Rag::Red;
}

void TestScorecard::rag()
{
    QFETCH(MetricDirection, direction);
    QFETCH(double, value);
    QFETCH(Rag, expected);
    Metric m;
    m.direction = direction;
    m.target = direction == MetricDirection::HigherIsBetter ? 30 : 24;
    m.amberThreshold = direction == MetricDirection::HigherIsBetter ? 20 : 36;
    QCOMPARE(Scorecard::rag(m, value), expected);
    QCOMPARE(Scorecard::rag(m, std::nullopt), Rag::None);
}

void TestScorecard::periods_data()
{
    QTest::addColumn<MetricEvaluator::Granularity>("granularity");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("months across a year end") << MetricEvaluator::Granularity::Month << QDate(2025, 11, 20)
                                              << QDate(2026, 2, 3)
                                              << QStringList{"2025-11", "2025-12", "2026-01", "2026-02"};
    QTest::addRow("quarters") << MetricEvaluator::Granularity::Quarter << QDate(2026, 1, 1) << QDate(2026, 6, 30)
                              << QStringList{"2026-Q1", "2026-Q2"};
    QTest::addRow("one day") << MetricEvaluator::Granularity::Month << QDate(2026, 5, 5) << QDate(2026, 5, 5)
                             << QStringList{"2026-05"};
}

void TestScorecard::periods()
{
    QFETCH(MetricEvaluator::Granularity, granularity);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);
    ScorecardOptions options;
    options.period = granularity;
    options.from = from;
    options.to = to;
    QCOMPARE(Scorecard::periods(options), expected);
}

void TestScorecard::computedAndManualMetrics()
{
    QString error;
    const QList<ScorecardRow> rows = Scorecard::build(**m_demo, lastSixMonths(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(rows.size() >= 20);

    const ScorecardRow* conversion = row(rows, "mql_to_sql_conversion");
    QVERIFY(conversion);
    QCOMPARE(conversion->cells.size(), 7);
    int withRecords = 0;
    for (const ScorecardCell& cell : conversion->cells) {
        if (cell.records > 0) {
            ++withRecords;
            QVERIFY(cell.value);
            QVERIFY(*cell.value >= 0 && *cell.value <= 100);
        }
    }
    QVERIFY2(withRecords >= 6, "six months of CRM records feed the computed metrics");
    QVERIFY(conversion->latest());
    QVERIFY(conversion->status() != Rag::None);

    const ScorecardRow* nps = row(rows, "nps");
    QVERIFY(nps);
    int manualValues = 0;
    for (const ScorecardCell& cell : nps->cells) {
        QCOMPARE(cell.records, 0);
        manualValues += cell.value ? 1 : 0;
    }
    QVERIFY(manualValues >= 6);
    QVERIFY(nps->change());
}

void TestScorecard::breakdownBySourceLeavesManualMetricsOut()
{
    ScorecardOptions options = lastSixMonths();
    options.dimension = MetricEvaluator::Dimension::Source;
    QString error;
    const QList<ScorecardRow> rows = Scorecard::build(**m_demo, options, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> sources;
    for (const ScorecardRow& r : rows) {
        QCOMPARE(r.metric.source, MetricSource::Computed);
        if (r.metric.code == QLatin1String("pipeline_created"))
            sources.insert(r.group);
    }
    QVERIFY2(sources.size() >= 3, "pipeline is broken down by several lead sources");
}

void TestScorecard::definitionChangeIsMarkedInItsPeriod()
{
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    Filter filter;
    filter.where("code", QStringLiteral("forecast_accuracy"));
    Metric metric = ws->repository<Metric>().list(filter).value(0);
    QVERIFY(metric.id);
    for (const char* period : {"2026-05", "2026-06"}) {
        MetricValue value;
        value.metricId = metric.id;
        value.period = QString::fromLatin1(period);
        value.value = 80;
        QVERIFY(ws->repository<MetricValue>().insert(value));
    }
    Decision approval;
    approval.text = QStringLiteral("Measure forecast accuracy at day 15 of the month");
    QVERIFY(ws->repository<Decision>().insert(approval));
    metric.definition += QStringLiteral(" Measured at day 15.");
    auto command = MetricCommands::change(*ws, metric, approval.id, QString(), nullptr);
    QVERIFY(command);
    ws->undoStack()->push(command.release());

    ScorecardOptions options;
    options.from = QDate(2026, 5, 1);
    options.to = QDate(2026, 6, 30);
    options.metricIds = {metric.id};
    const QList<ScorecardRow> rows = Scorecard::build(*ws, options, nullptr);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].cells.size(), 2);
    QCOMPARE(rows[0].cells[0].definitionChanged, false);
    QCOMPARE(rows[0].cells[1].definitionChanged, true); // the clock stands in June 2026
}

QTEST_GUILESS_MAIN(TestScorecard)
#include "tst_scorecard.moc"
