#include "WizardDriver.h"
#include "domain/Action.h"
#include "domain/Decision.h"
#include "domain/FrictionType.h"
#include "domain/Person.h"
#include "domain/Team.h"

#include <QLabel>
#include <QTest>

using namespace accord;
using accord::test::WizardDriver;

// What the wizard tells the room without being asked: an escalation that is due, actions past their date, and a
// friction that has come back since an earlier case was closed.
class TestWizardNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escalationDueInDecide_data();
    void escalationDueInDecide();
    void overdueActionsAreFlagged();
    void recurrenceLinksTheEarlierCaseAndItsDecision();
};

namespace {

template <typename T> T byCode(Workspace& workspace, const char* code)
{
    return workspace.repository<T>().list(Filter().where("code", QString::fromLatin1(code))).value(0);
}

Id addPerson(Workspace& workspace, const QString& name)
{
    Person person;
    person.name = name;
    person.teamId = byCode<Team>(workspace, "revops").id;
    workspace.repository<Person>().insert(person);
    return person.id;
}

// A case of the Marketing–Sales friction between Marketing and Sales, stored at a step.
FrictionCase storeCase(Workspace& workspace, const QString& title, CaseStage stage, const QDateTime& enteredAt)
{
    FrictionCase c;
    c.title = title;
    c.frictionTypeId = byCode<FrictionType>(workspace, "marketing_sales").id;
    c.teamIds = {byCode<Team>(workspace, "marketing").id, byCode<Team>(workspace, "sales").id};
    c.severity = 3;
    c.stage = stage;
    c.stageEnteredAt = enteredAt;
    c.raisedOn = enteredAt.date();
    workspace.repository<FrictionCase>().insert(c);
    return c;
}

} // namespace

void TestWizardNotices::escalationDueInDecide_data()
{
    QTest::addColumn<int>("daysInDecide");
    QTest::addColumn<int>("escalateAfter");
    QTest::addColumn<bool>("due");
    QTest::addRow("waiting longer than the path allows") << 10 << 7 << true;
    QTest::addRow("on the day the path runs out") << 7 << 7 << true;
    QTest::addRow("still within the path") << 3 << 7 << false;
}

void TestWizardNotices::escalationDueInDecide()
{
    QFETCH(int, daysInDecide);
    QFETCH(int, escalateAfter);
    QFETCH(bool, due);
    WizardDriver d;
    QVERIFY2(d.ws.workspace, qPrintable(d.ws.error));
    QVERIFY(d.active);
    Workspace& ws = *d.ws;
    const QDateTime now = d.ws.clock.now();
    const FrictionCase c =
        storeCase(ws, QStringLiteral("Nobody owns lead routing"), CaseStage::Decide, now.addDays(-daysInDecide));
    Decision decision;
    decision.caseId = c.id;
    decision.ownerId = addPerson(ws, QStringLiteral("Ana Ortiz"));
    decision.criteria = QStringLiteral("Fewest handoffs");
    decision.escalationToId = addPerson(ws, QStringLiteral("Cleo Park"));
    decision.escalationAfterDays = escalateAfter;
    QVERIFY(ws.repository<Decision>().insert(decision));

    d.wizard->openCase(c.id);
    QCOMPARE(d.wizard->viewedStep(), CaseStage::Decide);
    auto* notice = d.field<QLabel>("escalationNotice");
    QCOMPARE(notice->isVisible(), due);
    if (!due)
        return;
    QVERIFY2(notice->text().contains(QStringLiteral("Escalation due")), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("%1 days in Decide").arg(daysInDecide)));
    QVERIFY(notice->text().contains(QStringLiteral("Cleo Park")));

    // Once the decision is taken there is nothing left to escalate.
    d.type("decisionText", QStringLiteral("RevOps owns the routing rules"));
    d.setDate("decidedOn", d.ws.clock.today());
    QVERIFY(!notice->isVisible());
}

void TestWizardNotices::overdueActionsAreFlagged()
{
    WizardDriver d;
    QVERIFY2(d.ws.workspace, qPrintable(d.ws.error));
    QVERIFY(d.active);
    Workspace& ws = *d.ws;
    const QDate today = d.ws.clock.today();
    const FrictionCase c =
        storeCase(ws, QStringLiteral("Dashboards disagree"), CaseStage::Resolve, d.ws.clock.now().addDays(-20));
    const auto addAction = [&](const char* title, const QDate& due, ActionStatus status) {
        Action action;
        action.caseId = c.id;
        action.title = QString::fromLatin1(title);
        action.dueOn = due;
        action.status = status;
        QVERIFY(ws.repository<Action>().insert(action));
    };
    addAction("One pipeline dashboard", today.addDays(-3), ActionStatus::Open);
    addAction("Shared stage definitions", today.addDays(-1), ActionStatus::InProgress);
    addAction("Retire the old report", today.addDays(-9), ActionStatus::Done);
    addAction("Monthly data review", today.addDays(5), ActionStatus::Open);

    d.wizard->openCase(c.id);
    QCOMPARE(d.wizard->viewedStep(), CaseStage::Resolve);
    auto* notice = d.field<QLabel>("overdueNotice");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Actions overdue: 2.")), qPrintable(notice->text()));
}

void TestWizardNotices::recurrenceLinksTheEarlierCaseAndItsDecision()
{
    WizardDriver d;
    QVERIFY2(d.ws.workspace, qPrintable(d.ws.error));
    QVERIFY(d.active);
    Workspace& ws = *d.ws;
    FrictionCase earlier =
        storeCase(ws, QStringLiteral("MQLs rot in the queue"), CaseStage::Learn, d.ws.clock.now().addDays(-120));
    earlier.status = CaseStatus::Closed;
    earlier.closedOn = d.ws.clock.today().addDays(-30);
    QVERIFY(ws.repository<FrictionCase>().update(earlier));
    Decision decision;
    decision.caseId = earlier.id;
    decision.ownerId = addPerson(ws, QStringLiteral("Ana Ortiz"));
    decision.text = QStringLiteral("Sales accepts or rejects every MQL within a day");
    decision.decidedOn = d.ws.clock.today().addDays(-90);
    decision.status = DecisionStatus::InForce;
    QVERIFY(ws.repository<Decision>().insert(decision));

    // A new case of the same friction between the same teams, surfaced through the wizard's own fields.
    d.wizard->startNewCase();
    d.type("title", QStringLiteral("Leads go cold again"));
    auto* notice = d.field<QLabel>("recurrenceNotice");
    QVERIFY(!notice->isVisible());
    QVERIFY(d.choose("frictionType", QStringLiteral("Marketing – Sales")));
    d.toggle("teams", QStringLiteral("Marketing"));
    QVERIFY(!notice->isVisible());
    d.toggle("teams", QStringLiteral("Sales"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("MQLs rot in the queue")), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(decision.text));
    const Id newCase = d.wizard->caseId();
    QVERIFY(newCase != earlier.id);

    // The notice takes focus in the Tab order, Tab once more reaches its link, and Enter opens the earlier case.
    notice->setFocus(Qt::TabFocusReason);
    QVERIFY(notice->hasFocus());
    QTest::keyClick(notice, Qt::Key_Tab);
    QVERIFY(notice->hasFocus());
    QTest::keyClick(notice, Qt::Key_Return);
    QCOMPARE(d.wizard->caseId(), earlier.id);
    QCOMPARE(d.wizard->viewedStep(), CaseStage::Learn);
}

QTEST_MAIN(TestWizardNotices)
#include "tst_wizard_notices.moc"
