#include "TestSupport.h"
#include "commands/CaseCommands.h"
#include "commands/EntityCommand.h"
#include "domain/ConflictPattern.h"
#include "domain/Decision.h"
#include "domain/FrictionType.h"
#include "domain/Metric.h"
#include "domain/Person.h"
#include "domain/StageChange.h"
#include "domain/Team.h"
#include "playbook/CasePrefill.h"

#include <QTest>
#include <QUndoCommand>

using namespace accord;

namespace {

template <typename T> T byCode(Workspace& workspace, const char* code)
{
    Filter filter;
    filter.where("code", QString::fromLatin1(code));
    const QList<T> rows = workspace.repository<T>().list(filter);
    return rows.value(0);
}

FrictionCase stored(Workspace& workspace, Id id)
{
    return workspace.repository<FrictionCase>().find(id).value_or(FrictionCase{});
}

} // namespace

class TestCaseFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void prefillFromPattern();
    void prefillKeepsWrittenText();
    void advanceIsGatedAndUndoable();
    void creationIsTheFirstLineOfTheHistory();
    void leavingDecidePutsTheDecisionInForce_data();
    void leavingDecidePutsTheDecisionInForce();
    void closeAndReopen();

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    Id newCase(const QString& title);
};

void TestCaseFlow::init()
{
    m_ws = std::make_unique<test::TempWorkspace>();
    QVERIFY2(m_ws->workspace, qPrintable(m_ws->error));
}

Id TestCaseFlow::newCase(const QString& title)
{
    FrictionCase c;
    c.title = title;
    auto command = CaseCommands::create(**m_ws, c);
    const CreateCaseCommand* create = command.get();
    (*m_ws)->undoStack()->push(command.release());
    return create->caseId();
}

void TestCaseFlow::prefillFromPattern()
{
    Workspace& ws = **m_ws;
    const auto pattern = byCode<ConflictPattern>(ws, "junk_leads");
    const auto type = ws.repository<FrictionType>().find(pattern.frictionTypeId);
    QVERIFY(type);
    FrictionCase c;
    CasePrefill::fromPattern(pattern, *type).applyTo(c);
    QCOMPARE(c.frictionTypeId, byCode<FrictionType>(ws, "marketing_sales").id);
    QCOMPARE(c.conflictPatternId, pattern.id);
    QCOMPARE(c.teamIds, (QList<Id>{byCode<Team>(ws, "marketing").id, byCode<Team>(ws, "sales").id}));
    QCOMPARE(c.kpiMetricId, byCode<Metric>(ws, "mql_to_sal_conversion").id);
    QCOMPARE(c.impactedMetricId, c.kpiMetricId);
    QVERIFY(c.mechanism.contains(pattern.quickFix));
    QVERIFY2(!c.mechanism.contains(QStringLiteral("..")), qPrintable(c.mechanism));
    QCOMPARE(c.looksLike, pattern.complaint);
    QVERIFY(!CasePrefill::fromPattern(pattern, *type).rootCauseCategoryIds.isEmpty());
}

void TestCaseFlow::prefillKeepsWrittenText()
{
    const auto type = byCode<FrictionType>(**m_ws, "leadership_gtm");
    FrictionCase c;
    c.looksLike = QStringLiteral("Targets doubled without new hires");
    CasePrefill::fromFrictionType(type).applyTo(c);
    QCOMPARE(c.looksLike, QStringLiteral("Targets doubled without new hires"));
    QCOMPARE(c.mechanism, type.mechanism);
    // Leadership's friction is with every GTM team: only Leadership is named, the facilitator adds the others.
    QCOMPARE(c.teamIds, QList<Id>{byCode<Team>(**m_ws, "leadership").id});
}

void TestCaseFlow::advanceIsGatedAndUndoable()
{
    Workspace& ws = **m_ws;
    const Id id = newCase(QStringLiteral("Leads wait three days for a first call"));
    QCOMPARE(stored(ws, id).stage, CaseStage::Surface);

    QString error;
    QVERIFY(!CaseCommands::advance(ws, id, &error));
    QVERIFY2(error.contains(QStringLiteral("friction type")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("two teams")));

    FrictionCase filled = stored(ws, id);
    CasePrefill::fromPattern(byCode<ConflictPattern>(ws, "no_follow_up"), byCode<FrictionType>(ws, "marketing_sales"))
        .applyTo(filled);
    filled.severity = 3;
    ws.undoStack()->push(new EntityCommand<FrictionCase>(ws, stored(ws, id), filled, QStringLiteral("Fill")));

    m_ws->clock.advanceDays(2);
    auto advance = CaseCommands::advance(ws, id, &error);
    QVERIFY2(advance, qPrintable(error));
    ws.undoStack()->push(advance.release());
    const FrictionCase moved = stored(ws, id);
    QCOMPARE(moved.stage, CaseStage::Diagnose);
    QCOMPARE(moved.stageEnteredAt, m_ws->clock.now());
    Filter history;
    history.where("case_id", id);
    history.order("id");
    const QList<StageChange> changes = ws.repository<StageChange>().list(history);
    QCOMPARE(changes.size(), 2); // raised, then moved on
    QCOMPARE(changes.last().fromStage, CaseStage::Surface);
    QCOMPARE(changes.last().toStage, CaseStage::Diagnose);
    QCOMPARE(changes.last().changedBy, QStringLiteral("Test User"));

    ws.undoStack()->undo();
    QCOMPARE(stored(ws, id).stage, CaseStage::Surface);
    QCOMPARE(ws.repository<StageChange>().count(history), 1);
    ws.undoStack()->redo();
    QCOMPARE(stored(ws, id).stage, CaseStage::Diagnose);
    QCOMPARE(ws.repository<StageChange>().count(history), 2);
}

void TestCaseFlow::creationIsTheFirstLineOfTheHistory()
{
    Workspace& ws = **m_ws;
    const Id id = newCase(QStringLiteral("Partner leads vanish"));
    QVERIFY(id != 0);
    Filter history;
    history.where("case_id", id);
    const QList<StageChange> changes = ws.repository<StageChange>().list(history);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().fromStage, CaseStage::Surface);
    QCOMPARE(changes.first().toStage, CaseStage::Surface);
    QCOMPARE(changes.first().changedAt, m_ws->clock.now());
    QCOMPARE(changes.first().changedBy, QStringLiteral("Test User"));
    QCOMPARE(stored(ws, id).raisedOn, m_ws->clock.today());

    // One edit: undo takes the case and its history line away together, redo brings both back under the same id.
    ws.undoStack()->undo();
    QVERIFY(!ws.repository<FrictionCase>().find(id));
    QCOMPARE(ws.repository<StageChange>().count(history), 0);
    ws.undoStack()->redo();
    QCOMPARE(stored(ws, id).title, QStringLiteral("Partner leads vanish"));
    QCOMPARE(ws.repository<StageChange>().list(history), changes);
}

void TestCaseFlow::leavingDecidePutsTheDecisionInForce_data()
{
    QTest::addColumn<DecisionStatus>("before");
    QTest::addColumn<DecisionStatus>("after");
    QTest::addRow("a proposal comes into force") << DecisionStatus::Proposed << DecisionStatus::InForce;
    QTest::addRow("a decision in force stays so") << DecisionStatus::InForce << DecisionStatus::InForce;
    QTest::addRow("a reversed decision is not revived") << DecisionStatus::Reversed << DecisionStatus::Reversed;
}

void TestCaseFlow::leavingDecidePutsTheDecisionInForce()
{
    QFETCH(DecisionStatus, before);
    QFETCH(DecisionStatus, after);
    Workspace& ws = **m_ws;
    const Id id = newCase(QStringLiteral("Nobody owns the routing rules"));
    FrictionCase atDecide = stored(ws, id);
    atDecide.stage = CaseStage::Decide;
    ws.undoStack()->push(new EntityCommand<FrictionCase>(ws, stored(ws, id), atDecide, QStringLiteral("Jump")));
    QList<Person> people;
    for (const char* name : {"Dana Ruiz", "Omar Haddad"}) {
        Person person;
        person.name = QString::fromLatin1(name);
        QVERIFY(ws.repository<Person>().insert(person));
        people << person;
    }
    Decision decision;
    decision.caseId = id;
    decision.ownerId = people.at(0).id;
    decision.criteria = QStringLiteral("Fewest handoffs");
    decision.escalationToId = people.at(1).id;
    decision.escalationAfterDays = 7;
    decision.text = QStringLiteral("RevOps owns routing");
    decision.decidedOn = m_ws->clock.today();
    decision.status = before;
    QVERIFY(ws.repository<Decision>().insert(decision));

    QString error;
    auto advance = CaseCommands::advance(ws, id, &error);
    QVERIFY2(advance, qPrintable(error));
    ws.undoStack()->push(advance.release());
    QCOMPARE(stored(ws, id).stage, CaseStage::Resolve);
    QCOMPARE(ws.repository<Decision>().find(decision.id)->status, after);
    // Moving the case back by undo makes the decision a proposal again.
    ws.undoStack()->undo();
    QCOMPARE(stored(ws, id).stage, CaseStage::Decide);
    QCOMPARE(ws.repository<Decision>().find(decision.id)->status, before);
}

void TestCaseFlow::closeAndReopen()
{
    Workspace& ws = **m_ws;
    const Id id = newCase(QStringLiteral("Forecast calls disagree"));
    FrictionCase atLearn = stored(ws, id);
    atLearn.stage = CaseStage::Learn;
    ws.undoStack()->push(new EntityCommand<FrictionCase>(ws, stored(ws, id), atLearn, QStringLiteral("Jump")));

    QString error;
    QVERIFY(!CaseCommands::close(ws, id, &error));
    QVERIFY2(error.contains(QStringLiteral("what worked")), qPrintable(error));

    FrictionCase learned = stored(ws, id);
    learned.whatWorked = QStringLiteral("A single forecast call");
    learned.whatRecurred = QStringLiteral("Stage hygiene slips at quarter end");
    learned.evidence = QStringLiteral("Win-loss review of 40 deals");
    learned.kpiMovement = QStringLiteral("Forecast accuracy 71% → 86%");
    ws.undoStack()->push(new EntityCommand<FrictionCase>(ws, stored(ws, id), learned, QStringLiteral("Learn")));

    auto close = CaseCommands::close(ws, id, &error);
    QVERIFY2(close, qPrintable(error));
    ws.undoStack()->push(close.release());
    QCOMPARE(stored(ws, id).status, CaseStatus::Closed);
    QCOMPARE(stored(ws, id).closedOn, m_ws->clock.today());
    QVERIFY(!CaseCommands::advance(ws, id, &error));

    auto reopen = CaseCommands::reopen(ws, id, &error);
    QVERIFY2(reopen, qPrintable(error));
    ws.undoStack()->push(reopen.release());
    QCOMPARE(stored(ws, id).status, CaseStatus::Open);
    QCOMPARE(stored(ws, id).stage, CaseStage::Diagnose);
    QVERIFY(!stored(ws, id).closedOn.isValid());
    ws.undoStack()->undo();
    QCOMPARE(stored(ws, id).status, CaseStatus::Closed);
    QCOMPARE(stored(ws, id).stage, CaseStage::Learn);
}

QTEST_GUILESS_MAIN(TestCaseFlow)
#include "tst_case_flow.moc"
