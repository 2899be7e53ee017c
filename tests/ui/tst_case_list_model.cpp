#include "CaseFixture.h"
#include "TestSupport.h"
#include "cases/CaseListModel.h"
#include "commands/CaseCommands.h"
#include "commands/EntityCommand.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace accord;

class TestCaseListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void fetchesInWindows();
    void sorts_data();
    void sorts();
    void filters_data();
    void filters();
    void refreshesOnChange();
    void showsMoneyInWorkspaceCurrency();
};

namespace {

// The tester's own fetchMore() runs from inside modelReset, before it notes that the reset ended, and then takes the
// rows the fetch inserts for a second change in flight; fetching is driven by the tests instead.
void checkWithoutFetching(QAbstractItemModelTester& tester)
{
    tester.setUseFetchMore(false);
}

QList<Id> modelIds(CaseListModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(CaseListModel::CaseIdRole).toLongLong();
    return ids;
}

} // namespace

void TestCaseListModel::passesModelTester()
{
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    test::addCases(*ws, 450);
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    checkWithoutFetching(tester);
    model.setWorkspace(ws.workspace.get());
    model.sort(CaseListModel::Title, Qt::AscendingOrder);
    CaseFilter filter = model.filter();
    filter.severity = 3;
    model.setFilter(filter);
    model.setFilter({});
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
}

void TestCaseListModel::fetchesInWindows()
{
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    test::addCases(*ws, 650);
    CaseListModel model;
    model.setWorkspace(ws.workspace.get());
    QCOMPARE(model.totalCount(), 650);
    QCOMPARE(model.rowCount(), CaseListModel::WindowSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * CaseListModel::WindowSize);
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 650);
    QVERIFY(!model.canFetchMore({}));
    const QList<Id> ids = modelIds(model);
    QCOMPARE(QSet<Id>(ids.cbegin(), ids.cend()).size(), 650);
}

void TestCaseListModel::sorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addRow("title ascending") << int(CaseListModel::Title) << Qt::AscendingOrder;
    QTest::addRow("title descending") << int(CaseListModel::Title) << Qt::DescendingOrder;
    QTest::addRow("severity descending") << int(CaseListModel::Severity) << Qt::DescendingOrder;
    QTest::addRow("revenue ascending") << int(CaseListModel::RevenueAtRisk) << Qt::AscendingOrder;
    QTest::addRow("stage ascending") << int(CaseListModel::Stage) << Qt::AscendingOrder;
}

void TestCaseListModel::sorts()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    const test::CaseFixture fixture = test::addCases(*ws, 260);
    CaseListModel model;
    model.setWorkspace(ws.workspace.get());
    model.sort(column, order);

    // The expected order, worked out here from the fixture rather than asked of the query under test.
    QList<FrictionCase> expected = fixture.cases;
    auto key = [column](const FrictionCase& c) -> std::pair<qint64, QString> {
        switch (column) {
        case CaseListModel::Severity:
            return {c.severity, {}};
        case CaseListModel::RevenueAtRisk:
            return {c.revenueAtRisk, {}};
        case CaseListModel::Stage:
            return {int(c.stage), {}};
        default:
            return {0, c.title};
        }
    };
    std::stable_sort(expected.begin(), expected.end(), [&](const FrictionCase& a, const FrictionCase& b) {
        const auto ka = std::pair(key(a), a.id);
        const auto kb = std::pair(key(b), b.id);
        return order == Qt::AscendingOrder ? ka < kb : kb < ka;
    });
    QList<Id> expectedIds;
    for (const FrictionCase& c : expected)
        expectedIds << c.id;
    QCOMPARE(modelIds(model), expectedIds);
}

void TestCaseListModel::filters_data()
{
    QTest::addColumn<CaseFilter>("filter");
    QTest::addColumn<std::function<bool(int)>>("matches");
    CaseFilter byStage;
    byStage.stage = CaseStage::Decide;
    QTest::addRow("stage") << byStage
                           << std::function<bool(int)>([](int i) { return i % 7 == int(CaseStage::Decide); });
    CaseFilter bySeverity;
    bySeverity.severity = 4;
    QTest::addRow("severity") << bySeverity << std::function<bool(int)>([](int i) { return i % 4 + 1 == 4; });
    CaseFilter bySearch;
    bySearch.search = QStringLiteral("ROUTING");
    QTest::addRow("search ignores case") << bySearch << std::function<bool(int)>([](int i) { return i % 10 == 0; });
    CaseFilter combined = byStage;
    combined.severity = 2;
    QTest::addRow("stage and severity") << combined << std::function<bool(int)>([](int i) {
        return i % 7 == int(CaseStage::Decide) && i % 4 == 1;
    });
}

void TestCaseListModel::filters()
{
    QFETCH(CaseFilter, filter);
    QFETCH(std::function<bool(int)>, matches);
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    const test::CaseFixture fixture = test::addCases(*ws, 300);
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    checkWithoutFetching(tester);
    model.setWorkspace(ws.workspace.get());
    model.setFilter(filter);
    QSet<Id> expected;
    for (int i = 0; i < fixture.cases.size(); ++i)
        if (matches(i))
            expected << fixture.cases.at(i).id;
    QCOMPARE(model.totalCount(), expected.size());
    const QList<Id> ids = modelIds(model);
    QCOMPARE(QSet<Id>(ids.cbegin(), ids.cend()), expected);
}

void TestCaseListModel::refreshesOnChange()
{
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    const test::CaseFixture fixture = test::addCases(*ws, 20);
    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    checkWithoutFetching(tester);
    model.setWorkspace(ws.workspace.get());
    QCOMPARE(model.rowCount(), 20);

    const Id archived = fixture.cases.at(3).id;
    QString error;
    auto archive = CaseCommands::setArchived(*ws, archived, true, &error);
    QVERIFY2(archive, qPrintable(error));
    ws->undoStack()->push(archive.release());
    QCOMPARE(model.rowCount(), 19);
    QVERIFY(!modelIds(model).contains(archived));
    ws->undoStack()->undo();
    QCOMPARE(model.rowCount(), 20);
    QVERIFY(modelIds(model).contains(archived));

    // A renamed team shows in the Teams column at once.
    Team renamed = fixture.teams.first();
    renamed.name = QStringLiteral("Demand Generation");
    ws->undoStack()->push(new EntityCommand<Team>(*ws, fixture.teams.first(), renamed, QStringLiteral("rename")));
    bool seen = false;
    for (int row = 0; row < model.rowCount(); ++row)
        seen |= model.index(row, CaseListModel::Teams).data().toString().contains(renamed.name);
    QVERIFY(seen);

    // The decision owner's name comes from people; a rename reaches the list too.
    Person owner = fixture.owner;
    owner.name = QStringLiteral("Dana Decider");
    ws->undoStack()->push(new EntityCommand<Person>(*ws, fixture.owner, owner, QStringLiteral("rename")));
    const QList<Id> ids = modelIds(model);
    const int row = int(ids.indexOf(fixture.cases.first().id));
    QCOMPARE(model.index(row, CaseListModel::DecisionOwner).data().toString(), owner.name);
}

void TestCaseListModel::showsMoneyInWorkspaceCurrency()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    test::addCases(*ws, 1);
    QVERIFY(ws->setInfo(QStringLiteral("currency"), QStringLiteral("EUR")));
    CaseListModel model;
    model.setWorkspace(ws.workspace.get());
    QCOMPARE(model.index(0, CaseListModel::RevenueAtRisk).data().toString(), QStringLiteral("€1,000"));
    QVERIFY(ws->setInfo(QStringLiteral("currency"), QStringLiteral("USD")));
    QCOMPARE(model.index(0, CaseListModel::RevenueAtRisk).data().toString(), QStringLiteral("$1,000"));
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestCaseListModel)
#include "tst_case_list_model.moc"
