#include "TestSupport.h"
#include "commands/EntityCommand.h"
#include "domain/FrictionCase.h"
#include "domain/FrictionType.h"
#include "domain/Team.h"
#include "matrix/HeatMapModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace accord;

// The heat map's model over a hand-built workspace (the scenario of tests/matrix/tst_heat_map.cpp): closed and
// archived cases left out, a three-team case counted in each of its pairs, each measure as the query gives it.
class TestHeatMapModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void teamsAsConfigured();
    void measures_data();
    void measures();
    void emptyCellsAndDiagonal();
    void toolTipListsTheCellsCases();
    void drillDownFilter();
    void followsChanges();

private:
    QModelIndex cell(const char* a, const char* b) const;
    void addCase(const char* title, QList<Id> teams, int severity, qint64 revenue, int daysAgo,
                 CaseStatus status = CaseStatus::Open, bool archived = false);
    Id team(const char* code) const { return m_teams.value(QString::fromLatin1(code)); }

    test::TempWorkspace m_ws;
    QHash<QString, Id> m_teams;
    Id m_type = 0;
    HeatMapModel* m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestHeatMapModel::addCase(const char* title, QList<Id> teams, int severity, qint64 revenue, int daysAgo,
                               CaseStatus status, bool archived)
{
    FrictionCase c;
    c.title = QString::fromLatin1(title);
    c.teamIds = teams;
    c.severity = severity;
    c.revenueAtRisk = revenue;
    c.raisedOn = m_ws.clock.today().addDays(-daysAgo);
    c.status = status;
    c.archived = archived;
    c.frictionTypeId = m_type;
    QString error;
    QVERIFY2(m_ws->repository<FrictionCase>().insert(c, &error), qPrintable(error));
}

void TestHeatMapModel::initTestCase()
{
    QVERIFY2(m_ws.workspace, qPrintable(m_ws.error));
    for (const Team& t : m_ws->repository<Team>().list())
        m_teams.insert(t.code, t.id);
    m_type = m_ws->repository<FrictionType>().list().first().id;
    const Id mkt = team("marketing"), sales = team("sales"), ops = team("revops"), cs = team("customer_success");
    addCase("Junk leads", {mkt, sales}, 3, 100000, 10);
    addCase("Routing and forecast", {sales, mkt, ops}, 1, 50000, 40);
    addCase("Solved last year", {mkt, sales}, 4, 900000, 300, CaseStatus::Closed);
    addCase("Archived one", {sales, ops}, 4, 700000, 5, CaseStatus::Open, true);
    addCase("Follow-up", {mkt, sales}, 4, 20000, 2);
    addCase("Handoff gaps", {sales, cs}, 2, 0, 0);
    m_model = new HeatMapModel(this);
    m_tester =
        std::make_unique<QAbstractItemModelTester>(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setWorkspace(m_ws.workspace.get());
}

void TestHeatMapModel::init()
{
    m_model->setMeasure(HeatMapModel::Measure::Count);
}

QModelIndex TestHeatMapModel::cell(const char* a, const char* b) const
{
    int row = -1, column = -1;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const Id id = m_model->headerData(i, Qt::Vertical, HeatMapModel::TeamIdRole).toLongLong();
        if (id == team(a))
            row = i;
        if (id == team(b))
            column = i;
    }
    return m_model->index(row, column);
}

void TestHeatMapModel::teamsAsConfigured()
{
    const int teams = int(m_ws->repository<Team>().list().size());
    QCOMPARE(m_model->rowCount(), teams);
    QCOMPARE(m_model->columnCount(), teams);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), m_model->teams().first().name);
}

void TestHeatMapModel::measures_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("severity");
    QTest::addColumn<double>("revenue");
    QTest::addColumn<int>("days");
    QTest::addRow("marketing and sales: three open, the closed one left out") << "marketing"
                                                                              << "sales" << 3 << 4 << 170000.0 << 40;
    QTest::addRow("sales and marketing: the same, the map is symmetric") << "sales"
                                                                         << "marketing" << 3 << 4 << 170000.0 << 40;
    QTest::addRow("marketing and revops: the three-team case") << "marketing"
                                                               << "revops" << 1 << 1 << 50000.0 << 40;
    QTest::addRow("sales and revops: the archived one left out") << "revops"
                                                                 << "sales" << 1 << 1 << 50000.0 << 40;
    QTest::addRow("sales and customer success") << "sales"
                                                << "customer_success" << 1 << 2 << 0.0 << 0;
}

void TestHeatMapModel::measures()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, count);
    QFETCH(int, severity);
    QFETCH(double, revenue);
    QFETCH(int, days);
    const QModelIndex index = cell(qPrintable(a), qPrintable(b));
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toInt(), count);
    QCOMPARE(index.data(HeatMapModel::MeasureRole).toDouble(), double(count));
    m_model->setMeasure(HeatMapModel::Measure::HighestSeverity);
    QCOMPARE(index.data(HeatMapModel::MeasureRole).toDouble(), double(severity));
    QCOMPARE(index.data(HeatMapModel::MeasureTextRole).toString(), severityName(severity));
    m_model->setMeasure(HeatMapModel::Measure::RevenueAtRisk);
    QCOMPARE(index.data(HeatMapModel::MeasureRole).toDouble(), revenue);
    m_model->setMeasure(HeatMapModel::Measure::DaysOpen);
    QCOMPARE(index.data(HeatMapModel::MeasureRole).toDouble(), double(days));
    // The count stays what the cell displays whatever is measured.
    QCOMPARE(index.data().toInt(), count);
}

void TestHeatMapModel::emptyCellsAndDiagonal()
{
    QVERIFY(!cell("marketing", "marketing").data().isValid());
    QVERIFY(!cell("marketing", "product").data().isValid());
    QVERIFY(!cell("marketing", "product").data(HeatMapModel::MeasureRole).isValid());
    // The darkest shade goes to the cell with the most.
    QCOMPARE(cell("marketing", "sales").data(HeatMapModel::IntensityRole).toDouble(), 1.0);
    QCOMPARE(cell("sales", "customer_success").data(HeatMapModel::IntensityRole).toDouble(), 1.0 / 3.0);
}

void TestHeatMapModel::toolTipListsTheCellsCases()
{
    const QString tip = cell("marketing", "sales").data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QLatin1String("Junk leads")));
    QVERIFY(tip.contains(QLatin1String("Follow-up")));
    QVERIFY(tip.contains(QLatin1String("Routing and forecast")));
    QVERIFY(!tip.contains(QLatin1String("Solved last year")));
    // Most severe first.
    QVERIFY(tip.indexOf(QLatin1String("Follow-up")) < tip.indexOf(QLatin1String("Junk leads")));
}

void TestHeatMapModel::drillDownFilter()
{
    const CaseFilter filter = m_model->filterFor(cell("revops", "marketing"));
    QCOMPARE(filter.teamId, team("revops"));
    QCOMPARE(filter.otherTeamId, team("marketing"));
    QVERIFY(filter.openOnly);
    QCOMPARE(m_model->casesFor(cell("revops", "marketing")).size(), 1);
}

void TestHeatMapModel::followsChanges()
{
    addCase("New one", {team("marketing"), team("product")}, 2, 1000, 1);
    QCOMPARE(cell("marketing", "product").data().toInt(), 1);

    // An archived team leaves the map.
    Team product = *m_ws->repository<Team>().find(team("product"));
    const int teams = m_model->rowCount();
    Team archived = product;
    archived.archived = true;
    m_ws->undoStack()->push(new EntityCommand<Team>(*m_ws, product, archived, QStringLiteral("Archive")));
    QCOMPARE(m_model->rowCount(), teams - 1);
    m_ws->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), teams);
}

QTEST_MAIN(TestHeatMapModel)
#include "tst_heat_map_model.moc"
