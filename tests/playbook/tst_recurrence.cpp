#include "TestSupport.h"

#include "domain/Decision.h"
#include "domain/FrictionCase.h"
#include "domain/FrictionType.h"
#include "domain/Team.h"
#include "playbook/Recurrence.h"

#include <QTest>

#include <functional>

using namespace accord;

namespace {

using Edit = std::function<void(FrictionCase& candidate, FrictionCase& closed)>;

const QDate kToday(2026, 6, 15);

FrictionCase closedCase()
{
    FrictionCase c;
    c.id = 1;
    c.frictionTypeId = 4;
    c.teamIds = {1, 2};
    c.status = CaseStatus::Closed;
    c.closedOn = kToday.addDays(-30);
    return c;
}

FrictionCase newCase()
{
    FrictionCase c;
    c.id = 2;
    c.frictionTypeId = 4;
    c.teamIds = {2, 1};
    c.raisedOn = kToday;
    return c;
}

} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data();
    void rule();
    void findsEarlierCaseAndItsDecision();
};

void TestRecurrence::rule_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("window");
    QTest::addColumn<bool>("recurrence");
    const Edit same = [](FrictionCase&, FrictionCase&) {};
    QTest::addRow("same type and teams, closed 30 days ago") << same << 180 << true;
    QTest::addRow("teams listed in another order still match") << same << 180 << true;
    QTest::addRow("closed exactly at the window's edge")
        << Edit([](FrictionCase&, FrictionCase& closed) { closed.closedOn = kToday.addDays(-180); }) << 180 << true;
    QTest::addRow("closed one day before the window")
        << Edit([](FrictionCase&, FrictionCase& closed) { closed.closedOn = kToday.addDays(-181); }) << 180 << false;
    QTest::addRow("a shorter window") << same << 20 << false;
    QTest::addRow("another friction type")
        << Edit([](FrictionCase&, FrictionCase& closed) { closed.frictionTypeId = 5; }) << 180 << false;
    QTest::addRow("a third team joined")
        << Edit([](FrictionCase& candidate, FrictionCase&) { candidate.teamIds.append(3); }) << 180 << false;
    QTest::addRow("earlier case still open")
        << Edit([](FrictionCase&, FrictionCase& closed) { closed.status = CaseStatus::Open; }) << 180 << false;
    QTest::addRow("earlier case closed after this one was raised")
        << Edit([](FrictionCase& candidate, FrictionCase&) { candidate.raisedOn = kToday.addDays(-60); }) << 180
        << false;
    QTest::addRow("no friction type yet")
        << Edit([](FrictionCase& candidate, FrictionCase& closed) {
               candidate.frictionTypeId = 0;
               closed.frictionTypeId = 0;
           })
        << 180 << false;
    QTest::addRow("a case is no recurrence of itself")
        << Edit([](FrictionCase& candidate, FrictionCase& closed) { candidate.id = closed.id; }) << 180 << false;
    QTest::addRow("not raised yet: judged today")
        << Edit([](FrictionCase& candidate, FrictionCase&) { candidate.raisedOn = QDate(); }) << 180 << true;
}

void TestRecurrence::rule()
{
    QFETCH(Edit, edit);
    QFETCH(int, window);
    QFETCH(bool, recurrence);
    FrictionCase candidate = newCase();
    FrictionCase closed = closedCase();
    edit(candidate, closed);
    QCOMPARE(Recurrence::isRecurrence(candidate, closed, kToday, window), recurrence);
}

void TestRecurrence::findsEarlierCaseAndItsDecision()
{
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    QString error;
    const QList<Team> teams = ws->repository<Team>().list({}, &error);
    const QList<FrictionType> types = ws->repository<FrictionType>().list({}, &error);
    QVERIFY(teams.size() >= 3 && types.size() >= 2);

    auto cases = ws->repository<FrictionCase>();
    FrictionCase earlier;
    earlier.title = QStringLiteral("Leads ignored for days");
    earlier.frictionTypeId = types[0].id;
    earlier.teamIds = {teams[0].id, teams[1].id};
    earlier.status = CaseStatus::Closed;
    earlier.closedOn = kToday.addDays(-40);
    QVERIFY2(cases.insert(earlier, &error), qPrintable(error));
    FrictionCase older = earlier;
    older.title = QStringLiteral("Same fight, long ago");
    older.closedOn = kToday.addDays(-400);
    QVERIFY(cases.insert(older, &error));
    FrictionCase otherTeams = earlier;
    otherTeams.title = QStringLiteral("Other teams");
    otherTeams.teamIds = {teams[0].id, teams[2].id};
    QVERIFY(cases.insert(otherTeams, &error));

    Decision decision;
    decision.caseId = earlier.id;
    decision.text = QStringLiteral("First touch within 24 hours");
    decision.status = DecisionStatus::InForce;
    QVERIFY(ws->repository<Decision>().insert(decision, &error));

    FrictionCase candidate;
    candidate.title = QStringLiteral("Leads ignored again");
    candidate.frictionTypeId = types[0].id;
    candidate.teamIds = {teams[1].id, teams[0].id};
    candidate.raisedOn = kToday;
    QVERIFY(cases.insert(candidate, &error));

    const QList<Recurrence::Match> matches =
        Recurrence::find(*ws, candidate, kToday, Recurrence::DefaultWindowDays, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().earlier.id, earlier.id);
    QVERIFY(matches.first().decision);
    QCOMPARE(matches.first().decision->text, decision.text);
}

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
