#include "TestSupport.h"
#include "matrix/KpiNow.h"
#include "matrix/ScorecardSummaryModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>

using namespace accord;

Q_DECLARE_METATYPE(std::optional<double>)

class TestKpiNow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void summaryNamesItsMonthAndWritesUnits();
};

void TestKpiNow::text_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<std::optional<double>>("april");
    QTest::addColumn<std::optional<double>>("may");
    QTest::addColumn<QString>("expected");
    const std::optional<double> none;
    QTest::addRow("rate that rose") << QStringLiteral("%") << std::optional(17.5) << std::optional(21.25)
                                    << QStringLiteral("21.3% ▲");
    QTest::addRow("money without cents") << QStringLiteral("USD") << std::optional(7000000.0)
                                         << std::optional(7485000.0) << QStringLiteral("$7,485,000 ▲");
    QTest::addRow("hours that fell") << QStringLiteral("hours") << std::optional(20.0) << std::optional(18.0)
                                     << QStringLiteral("18.0 h ▼");
    QTest::addRow("a single value has no trend")
        << QStringLiteral("count") << none << std::optional(12.0) << QStringLiteral("12");
    QTest::addRow("a value older than the last month names its month")
        << QStringLiteral("%") << std::optional(40.0) << none << QStringLiteral("40.0% (Apr 2026)");
    QTest::addRow("nothing measured") << QStringLiteral("%") << none << none << QStringLiteral("no value yet");
}

void TestKpiNow::text()
{
    QFETCH(QString, unit);
    QFETCH(std::optional<double>, april);
    QFETCH(std::optional<double>, may);
    QFETCH(QString, expected);
    ScorecardRow row;
    row.metric.unit = unit;
    row.cells = {{QStringLiteral("2026-04"), april}, {QStringLiteral("2026-05"), may}};
    QCOMPARE(KpiNow::text(row), expected);
}

// The pack's and presentation mode's scorecard: its value column is headed by the month the values are from, and
// the targets are written like the values.
void TestKpiNow::summaryNamesItsMonthAndWritesUnits()
{
    test::TempWorkspace ws(Workspace::Content::Demo);
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    ScorecardSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(ws.workspace.get());
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(ws.clock.today(), QDate(2026, 6, 15));
    QCOMPARE(model.headerData(ScorecardSummaryModel::Now, Qt::Horizontal).toString(), QStringLiteral("May 2026"));
    bool sawMoney = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString target = model.index(row, ScorecardSummaryModel::Target).data().toString();
        if (!target.contains(QLatin1Char('$')))
            continue;
        sawMoney = true;
        const QString now = model.index(row, ScorecardSummaryModel::Now).data().toString();
        QVERIFY2(now.startsWith(QLatin1Char('$')) && !now.contains(QLatin1Char('.')), qPrintable(now));
        QVERIFY2(target.startsWith(QStringLiteral("at least $")) && !target.contains(QLatin1Char('.')),
                 qPrintable(target));
    }
    QVERIFY(sawMoney);
}

QTEST_MAIN(TestKpiNow)
#include "tst_kpi_now.moc"
