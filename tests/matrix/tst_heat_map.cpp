#include "TestSupport.h"

#include "domain/FrictionCase.h"
#include "domain/FrictionType.h"
#include "domain/Team.h"
#include "storage/CaseListQuery.h"
#include "storage/HeatMapQuery.h"

#include <QTest>

using namespace accord;

Q_DECLARE_METATYPE(accord::HeatCell)

namespace {

const QDate kToday(2026, 6, 15);

} // namespace

class TestHeatMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cells_data();
    void cells();
    void onlyPairsWithOpenCases();
    void openCasesByType();
    void drillDownListsTheCellsCases();

private:
    Id team(const char* code) const { return m_teams.value(QString::fromLatin1(code)); }
    void addCase(const char* title, QList<Id> teams, int severity, qint64 revenue, int daysAgo,
                 CaseStatus status = CaseStatus::Open, bool archived = false, int type = 0);

    test::TempWorkspace m_ws;
    QHash<QString, Id> m_teams;
    QList<Id> m_types;
};

void TestHeatMap::addCase(const char* title, QList<Id> teams, int severity, qint64 revenue, int daysAgo,
                          CaseStatus status, bool archived, int type)
{
    FrictionCase c;
    c.title = QString::fromLatin1(title);
    c.teamIds = teams;
    c.severity = severity;
    c.revenueAtRisk = revenue;
    c.raisedOn = kToday.addDays(-daysAgo);
    c.status = status;
    c.archived = archived;
    c.frictionTypeId = m_types.at(type);
    QString error;
    QVERIFY2(m_ws->repository<FrictionCase>().insert(c, &error), qPrintable(error));
}

void TestHeatMap::initTestCase()
{
    QVERIFY2(m_ws.workspace, qPrintable(m_ws.error));
    for (const Team& t : m_ws->repository<Team>().list())
        m_teams.insert(t.code, t.id);
    for (const FrictionType& t : m_ws->repository<FrictionType>().list())
        m_types.append(t.id);
    const Id mkt = team("marketing"), sales = team("sales"), ops = team("revops"), cs = team("customer_success");
    addCase("Junk leads", {mkt, sales}, 3, 100000, 10);
    addCase("Routing and forecast", {sales, mkt, ops}, 1, 50000, 40, CaseStatus::Open, false, 1);
    addCase("Solved last year", {mkt, sales}, 4, 900000, 300, CaseStatus::Closed);
    addCase("Archived one", {sales, ops}, 4, 700000, 5, CaseStatus::Open, true, 1);
    addCase("Follow-up", {mkt, sales}, 4, 20000, 2);
    addCase("Handoff gaps", {sales, cs}, 2, 0, 0, CaseStatus::Open, false, 3);
}

void TestHeatMap::cells_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("severity");
    QTest::addColumn<qint64>("revenue");
    QTest::addColumn<int>("days");
    QTest::addRow("marketing and sales: three open, closed one left out")
        << "marketing" << "sales" << 3 << 4 << qint64(170000) << 40;
    QTest::addRow("marketing and revops: the three-team case") << "marketing" << "revops" << 1 << 1 << qint64(50000)
                                                               << 40;
    QTest::addRow("sales and revops: archived one left out") << "sales" << "revops" << 1 << 1 << qint64(50000) << 40;
    QTest::addRow("sales and customer success") << "sales" << "customer_success" << 1 << 2 << qint64(0) << 0;
}

void TestHeatMap::cells()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, count);
    QFETCH(int, severity);
    QFETCH(qint64, revenue);
    QFETCH(int, days);
    QString error;
    const QList<HeatCell> cells = HeatMapQuery::cells(m_ws->database(), kToday, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Id x = m_teams.value(a), y = m_teams.value(b);
    const auto it = std::find_if(cells.cbegin(), cells.cend(), [&](const HeatCell& c) {
        return c.teamA == std::min(x, y) && c.teamB == std::max(x, y);
    });
    QVERIFY(it != cells.cend());
    QCOMPARE(it->openCases, count);
    QCOMPARE(it->highestSeverity, severity);
    QCOMPARE(it->revenueAtRisk, revenue);
    QCOMPARE(it->daysOpen, days);
}

void TestHeatMap::onlyPairsWithOpenCases()
{
    const QList<HeatCell> cells = HeatMapQuery::cells(m_ws->database(), kToday);
    QCOMPARE(cells.size(), 4);
    for (const HeatCell& c : cells)
        QVERIFY(c.teamA < c.teamB);
}

void TestHeatMap::openCasesByType()
{
    const QList<TypeCount> counts = HeatMapQuery::openCasesByType(m_ws->database());
    QHash<Id, int> byType;
    for (const TypeCount& c : counts)
        byType.insert(c.frictionTypeId, c.openCases);
    QCOMPARE(byType.value(m_types[0]), 2);
    QCOMPARE(byType.value(m_types[1]), 1);
    QCOMPARE(byType.value(m_types[3]), 1);
    QCOMPARE(byType.size(), 3);
}

void TestHeatMap::drillDownListsTheCellsCases()
{
    CaseFilter filter;
    filter.teamId = team("sales");
    filter.otherTeamId = team("marketing");
    filter.openOnly = true;
    filter.sortKey = CaseFilter::SortKey::Title;
    filter.descending = false;
    const QList<CaseSummary> rows = CaseListQuery::fetch(m_ws->database(), filter, 0, -1);
    QStringList titles;
    for (const CaseSummary& r : rows)
        titles << r.title;
    QCOMPARE(titles, (QStringList{QStringLiteral("Follow-up"), QStringLiteral("Junk leads"),
                                  QStringLiteral("Routing and forecast")}));
    QCOMPARE(CaseListQuery::count(m_ws->database(), filter), 3);
}

QTEST_GUILESS_MAIN(TestHeatMap)
#include "tst_heat_map.moc"
