#include "ReferenceRows.h"
#include "TestSupport.h"
#include "domain/Decision.h"
#include "domain/FrictionCase.h"
#include "domain/FrictionType.h"
#include "domain/Person.h"
#include "domain/Team.h"
#include "storage/CaseListQuery.h"

#include <QTest>
#include <algorithm>

using namespace accord;
using test::utc;

Q_DECLARE_METATYPE(accord::CaseFilter)
Q_DECLARE_METATYPE(accord::CaseFilter::SortKey)

namespace {

// The cases every test reads. Their keys are chosen so that each sort order differs from the id order and from
// each other, and ties are broken by the id.
struct CaseSpec
{
    const char* title;
    const char* looksLike;
    CaseStage stage;
    int type;         // index into the friction types
    QList<int> teams; // indexes into the teams, in the case's order
    int severity;
    qint64 revenue;
    int updatedDay;
    bool archived;
};

const CaseSpec kCases[] = {
    {"Lead routing 100% broken", "", CaseStage::Diagnose, 1, {2, 0}, 4, 500, 3, false},
    {"Forecast_drift", "100 deals slipped", CaseStage::Decide, 0, {1}, 2, 9000, 5, false},
    {"Forecast drift in EMEA", "Numbers differ by region", CaseStage::Decide, 0, {0, 1}, 3, 100, 1, false},
    {"Attribution gaps", "Nobody trusts 50% of the touchpoints", CaseStage::Learn, 1, {2}, 1, 7000, 4, false},
    {"Budget split", "", CaseStage::Surface, 1, {1, 0}, 2, 500, 2, false},
    {"Archived routing", "", CaseStage::Surface, 1, {0}, 4, 500, 6, true},
};

QStringList titles(const QList<CaseSummary>& rows)
{
    QStringList result;
    for (const CaseSummary& row : rows)
        result << row.title;
    return result;
}

QStringList reversed(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

CaseFilter sortedBy(CaseFilter::SortKey key, bool descending = false)
{
    CaseFilter filter;
    filter.sortKey = key;
    filter.descending = descending;
    return filter;
}

} // namespace

class TestCaseList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filters_data();
    void filters();
    void sorting_data();
    void sorting();
    void paging_data();
    void paging();
    void summaryColumns();
    void decisionOwnerIsTheInForceDecisionsOwner();

private:
    CaseSummary summary(const QString& title);
    std::unique_ptr<test::TempWorkspace> m_ws;
    QList<Id> m_teams;
    QList<Id> m_types;
    QHash<QString, Id> m_caseIds;
};

void TestCaseList::initTestCase()
{
    m_ws = std::make_unique<test::TempWorkspace>();
    QVERIFY2(m_ws->workspace, qPrintable(m_ws->error));
    Workspace& ws = **m_ws;
    QString error;
    for (const char* name : {"Alpha team", "Beta team", "Sales, EMEA"}) {
        Team team = test::named<Team>(name);
        QVERIFY2(ws.repository<Team>().insert(team, &error), qPrintable(error));
        m_teams << team.id;
    }
    // Sorted by their position in the matrix, which is the reverse of their names.
    for (const auto& [name, sortOrder] : {std::pair{"Zeta friction", 1}, std::pair{"Alpha friction", 2}}) {
        FrictionType type = test::named<FrictionType>(name);
        type.sortOrder = sortOrder;
        QVERIFY2(ws.repository<FrictionType>().insert(type, &error), qPrintable(error));
        m_types << type.id;
    }
    for (const CaseSpec& spec : kCases) {
        FrictionCase c;
        c.title = QString::fromUtf8(spec.title);
        c.looksLike = QString::fromUtf8(spec.looksLike);
        c.stage = spec.stage;
        c.frictionTypeId = m_types.at(spec.type);
        for (int team : spec.teams)
            c.teamIds << m_teams.at(team);
        c.severity = spec.severity;
        c.revenueAtRisk = spec.revenue;
        c.archived = spec.archived;
        m_ws->clock.set(utc(2026, 6, spec.updatedDay, 12, 0, 0, spec.updatedDay));
        QVERIFY2(ws.repository<FrictionCase>().insert(c, &error), qPrintable(error));
        m_caseIds.insert(c.title, c.id);
    }
}

void TestCaseList::filters_data()
{
    QTest::addColumn<CaseFilter>("filter");
    QTest::addColumn<QStringList>("expected");

    const auto with = [](auto change) {
        CaseFilter filter = sortedBy(CaseFilter::SortKey::Id);
        change(filter);
        return filter;
    };
    const QStringList open{"Lead routing 100% broken", "Forecast_drift", "Forecast drift in EMEA", "Attribution gaps",
                           "Budget split"};
    QTest::addRow("archived cases are left out by default") << with([](CaseFilter&) {}) << open;
    QTest::addRow("archived cases on request")
        << with([](CaseFilter& f) { f.includeArchived = true; }) << open + QStringList{"Archived routing"};
    QTest::addRow("stage") << with([](CaseFilter& f) { f.stage = CaseStage::Decide; })
                           << QStringList{"Forecast_drift", "Forecast drift in EMEA"};
    QTest::addRow("stage without cases") << with([](CaseFilter& f) { f.stage = CaseStage::Resolve; }) << QStringList{};
    QTest::addRow("team, wherever it is in the case's list")
        << with([this](CaseFilter& f) { f.teamId = m_teams.at(0); })
        << QStringList{"Lead routing 100% broken", "Forecast drift in EMEA", "Budget split"};
    QTest::addRow("friction type") << with([this](CaseFilter& f) { f.frictionTypeId = m_types.at(0); })
                                   << QStringList{"Forecast_drift", "Forecast drift in EMEA"};
    QTest::addRow("severity, archived left out")
        << with([](CaseFilter& f) { f.severity = 4; }) << QStringList{"Lead routing 100% broken"};
    QTest::addRow("search ignores case") << with([](CaseFilter& f) { f.search = QStringLiteral("FORECAST"); })
                                         << QStringList{"Forecast_drift", "Forecast drift in EMEA"};
    QTest::addRow("search reads the description")
        << with([](CaseFilter& f) { f.search = QStringLiteral("by region"); }) << QStringList{"Forecast drift in EMEA"};
    QTest::addRow("search trims spaces") << with([](CaseFilter& f) { f.search = QStringLiteral("  budget  "); })
                                         << QStringList{"Budget split"};
    QTest::addRow("%% in the search is a literal")
        << with([](CaseFilter& f) { f.search = QStringLiteral("100%"); }) << QStringList{"Lead routing 100% broken"};
    QTest::addRow("%% in a description") << with([](CaseFilter& f) { f.search = QStringLiteral("50% of"); })
                                         << QStringList{"Attribution gaps"};
    QTest::addRow("_ in the search is a literal")
        << with([](CaseFilter& f) { f.search = QStringLiteral("Forecast_"); }) << QStringList{"Forecast_drift"};
    QTest::addRow("backslash in the search matches nothing")
        << with([](CaseFilter& f) { f.search = QStringLiteral("\\"); }) << QStringList{};
    QTest::addRow("filters combine") << with([this](CaseFilter& f) {
        f.stage = CaseStage::Decide;
        f.teamId = m_teams.at(0);
    }) << QStringList{"Forecast drift in EMEA"};
}

void TestCaseList::filters()
{
    QFETCH(CaseFilter, filter);
    QFETCH(QStringList, expected);
    QString error;
    QCOMPARE(titles(CaseListQuery::fetch(m_ws->workspace->database(), filter, 0, -1, &error)), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(CaseListQuery::count(m_ws->workspace->database(), filter, &error), expected.size());
}

void TestCaseList::sorting_data()
{
    QTest::addColumn<CaseFilter::SortKey>("key");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QStringList>("expected");

    using K = CaseFilter::SortKey;
    const QString routing = QStringLiteral("Lead routing 100% broken");
    const QString drift = QStringLiteral("Forecast_drift");
    const QString emea = QStringLiteral("Forecast drift in EMEA");
    const QString attribution = QStringLiteral("Attribution gaps");
    const QString budget = QStringLiteral("Budget split");
    const struct
    {
        const char* name;
        K key;
        QStringList ascending;
    } orders[] = {
        {"id", K::Id, {routing, drift, emea, attribution, budget}},
        {"title", K::Title, {attribution, budget, emea, drift, routing}},
        {"stage, in playbook order", K::Stage, {budget, routing, drift, emea, attribution}},
        {"friction type, in matrix order", K::FrictionType, {drift, emea, routing, attribution, budget}},
        {"severity, ties by id", K::Severity, {attribution, drift, budget, emea, routing}},
        {"revenue at risk, ties by id", K::RevenueAtRisk, {emea, routing, budget, attribution, drift}},
        {"last update", K::Updated, {emea, budget, routing, attribution, drift}},
    };
    for (const auto& order : orders) {
        QTest::addRow("%s ascending", order.name) << order.key << false << order.ascending;
        QTest::addRow("%s descending", order.name) << order.key << true << reversed(order.ascending);
    }
}

void TestCaseList::sorting()
{
    QFETCH(CaseFilter::SortKey, key);
    QFETCH(bool, descending);
    QFETCH(QStringList, expected);
    QString error;
    const auto rows = CaseListQuery::fetch(m_ws->workspace->database(), sortedBy(key, descending), 0, -1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(titles(rows), expected);
}

void TestCaseList::paging_data()
{
    QTest::addColumn<CaseFilter::SortKey>("key");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("pageSize");

    using K = CaseFilter::SortKey;
    QTest::addRow("pages of one") << K::Id << false << 1;
    QTest::addRow("pages of two over tied severities") << K::Severity << true << 2;
    QTest::addRow("pages of two over tied revenues") << K::RevenueAtRisk << false << 2;
    QTest::addRow("pages of three by update") << K::Updated << true << 3;
    QTest::addRow("one page larger than the list") << K::Title << false << 10;
}

void TestCaseList::paging()
{
    QFETCH(CaseFilter::SortKey, key);
    QFETCH(bool, descending);
    QFETCH(int, pageSize);
    const Database& db = m_ws->workspace->database();
    const CaseFilter filter = sortedBy(key, descending);
    const QStringList all = titles(CaseListQuery::fetch(db, filter, 0, -1));
    QCOMPARE(all.size(), CaseListQuery::count(db, filter));

    QStringList paged;
    for (int offset = 0; offset < all.size(); offset += pageSize) {
        const QStringList page = titles(CaseListQuery::fetch(db, filter, offset, pageSize));
        QCOMPARE(page, all.mid(offset, pageSize));
        paged += page;
    }
    QCOMPARE(paged, all);
    QVERIFY(CaseListQuery::fetch(db, filter, all.size(), pageSize).isEmpty());
}

CaseSummary TestCaseList::summary(const QString& title)
{
    CaseFilter filter;
    filter.includeArchived = true;
    for (const CaseSummary& row : CaseListQuery::fetch(m_ws->workspace->database(), filter, 0, -1))
        if (row.title == title)
            return row;
    return {};
}

void TestCaseList::summaryColumns()
{
    const CaseSummary routing = summary(QStringLiteral("Lead routing 100% broken"));
    QCOMPARE(routing.id, m_caseIds.value(routing.title));
    QCOMPARE(routing.stage, CaseStage::Diagnose);
    QCOMPARE(routing.status, CaseStatus::Open);
    QCOMPARE(routing.frictionTypeId, m_types.at(1));
    QCOMPARE(routing.frictionType, QStringLiteral("Alpha friction"));
    QCOMPARE(routing.teams, (QStringList{QStringLiteral("Sales, EMEA"), QStringLiteral("Alpha team")}));
    QCOMPARE(routing.severity, 4);
    QCOMPARE(routing.revenueAtRisk, 500);
    QCOMPARE(routing.updatedAt, utc(2026, 6, 3, 12, 0, 0, 3));
    QVERIFY(routing.decisionOwner.isEmpty());
    QVERIFY(!routing.archived);

    QCOMPARE(summary(QStringLiteral("Budget split")).teams,
             (QStringList{QStringLiteral("Beta team"), QStringLiteral("Alpha team")}));
    QVERIFY(summary(QStringLiteral("Archived routing")).archived);
}

void TestCaseList::decisionOwnerIsTheInForceDecisionsOwner()
{
    Workspace& ws = **m_ws;
    QString error;
    QList<Id> people;
    for (const char* name : {"Ines In-Force", "Nora Newer"}) {
        Person person = test::named<Person>(name);
        QVERIFY2(ws.repository<Person>().insert(person, &error), qPrintable(error));
        people << person.id;
    }
    const Id caseId = m_caseIds.value(QStringLiteral("Forecast drift in EMEA"));
    Decision inForce;
    inForce.caseId = caseId;
    inForce.ownerId = people.at(0);
    inForce.status = DecisionStatus::InForce;
    inForce.decidedOn = QDate(2026, 1, 1);
    Decision newerProposal = inForce;
    newerProposal.ownerId = people.at(1);
    newerProposal.status = DecisionStatus::Proposed;
    newerProposal.decidedOn = QDate(2026, 5, 1);
    QVERIFY2(ws.repository<Decision>().insert(inForce, &error), qPrintable(error));
    QVERIFY2(ws.repository<Decision>().insert(newerProposal, &error), qPrintable(error));

    QCOMPARE(summary(QStringLiteral("Forecast drift in EMEA")).decisionOwner, QStringLiteral("Ines In-Force"));
    QVERIFY(summary(QStringLiteral("Forecast_drift")).decisionOwner.isEmpty());
    QVERIFY2(ws.repository<Decision>().remove(inForce.id, &error), qPrintable(error));
    QVERIFY2(ws.repository<Decision>().remove(newerProposal.id, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCaseList)
#include "tst_case_list.moc"
