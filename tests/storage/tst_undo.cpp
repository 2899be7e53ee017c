#include "ReferenceRows.h"
#include "TestSupport.h"
#include "commands/CaseCommands.h"
#include "commands/CompositeCommand.h"
#include "commands/EntityCommand.h"
#include "domain/Action.h"
#include "domain/AgendaItem.h"
#include "domain/CaseReview.h"
#include "domain/CaseRootCause.h"
#include "domain/Decision.h"
#include "domain/FrictionCase.h"
#include "domain/MetricVersion.h"
#include "domain/StageChange.h"
#include "domain/Team.h"
#include "storage/CaseListQuery.h"

#include <QSignalSpy>
#include <QTest>

using namespace accord;
using test::utc;

namespace {

template <typename T> QList<T> rowsOfCase(Workspace& ws, Id caseId)
{
    Filter filter;
    filter.where("case_id", caseId).order("id");
    return ws.repository<T>().list(filter);
}

// Everything recorded about one case, to compare before a delete and after its undo.
struct CaseRecord
{
    std::optional<FrictionCase> frictionCase;
    QList<CaseRootCause> rootCauses;
    QList<Decision> decisions;
    QList<Action> actions;
    QList<StageChange> history;
    QList<CaseReview> reviews;
    QList<AgendaItem> agenda;

    static CaseRecord read(Workspace& ws, Id caseId)
    {
        return {ws.repository<FrictionCase>().find(caseId), rowsOfCase<CaseRootCause>(ws, caseId),
                rowsOfCase<Decision>(ws, caseId),           rowsOfCase<Action>(ws, caseId),
                rowsOfCase<StageChange>(ws, caseId),        rowsOfCase<CaseReview>(ws, caseId),
                rowsOfCase<AgendaItem>(ws, caseId)};
    }
    bool isEmpty() const
    {
        return !frictionCase && rootCauses.isEmpty() && decisions.isEmpty() && actions.isEmpty() && history.isEmpty() &&
               reviews.isEmpty() && agenda.isEmpty();
    }
    bool operator==(const CaseRecord&) const = default;
};

QList<Id> listedCaseIds(Workspace& ws)
{
    QList<Id> ids;
    for (const CaseSummary& row : CaseListQuery::fetch(ws.database(), CaseFilter(), 0, -1))
        ids << row.id;
    return ids;
}

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createIsUndoneAndRedoneWithTheSameId();
    void updateIsUndoneAndRedone();
    void deleteIsUndoneWithLinksAndStamps();
    void caseDeleteRestoresEverythingRecorded();
    void caseDeleteRestoresReferencesFromOutside();
    void archiveHidesCaseFromTheList();
    void compositeWritesAllOrNothing();
    void commandsForAMissingCaseAreRefused();

private:
    template <typename T> T stored(Id id)
    {
        const auto found = m_ws->workspace->repository<T>().find(id);
        return found.value_or(T{});
    }
    Id addCaseWithEverything();

    std::unique_ptr<test::TempWorkspace> m_ws;
    test::ReferenceRows m_refs;
    std::unique_ptr<QSignalSpy> m_errors;
};

void TestUndo::init()
{
    m_ws = std::make_unique<test::TempWorkspace>();
    QVERIFY2(m_ws->workspace, qPrintable(m_ws->error));
    QString error;
    QVERIFY2(m_refs.create(**m_ws, &error), qPrintable(error));
    m_errors = std::make_unique<QSignalSpy>(m_ws->workspace.get(), &Workspace::errorOccurred);
}

// A command that fails reports it on the workspace instead of returning an error; no test expects one.
void TestUndo::cleanup()
{
    if (m_errors && !m_errors->isEmpty())
        QFAIL(qPrintable(m_errors->first().first().toString()));
}

void TestUndo::createIsUndoneAndRedoneWithTheSameId()
{
    Workspace& ws = **m_ws;
    Decision decision;
    decision.caseId = m_refs.caseId;
    decision.ownerId = m_refs.personA;
    decision.contributorIds = {m_refs.personC, m_refs.personB};
    decision.text = QStringLiteral("One lead definition");
    auto* command = new EntityCommand<Decision>(ws, std::nullopt, decision, QStringLiteral("Add decision"));
    ws.undoStack()->push(command);
    const Decision created = *command->after();
    QVERIFY(created.id > 0);
    QCOMPARE(stored<Decision>(created.id), created);

    auto decisions = ws.repository<Decision>();
    for (int round = 0; round < 3; ++round) {
        m_ws->clock.advanceDays(1);
        ws.undoStack()->undo();
        QVERIFY(!decisions.find(created.id));
        ws.undoStack()->redo();
        QCOMPARE(decisions.find(created.id), created);
    }
}

void TestUndo::updateIsUndoneAndRedone()
{
    Workspace& ws = **m_ws;
    const Decision before = stored<Decision>(m_refs.decision);
    Decision after = before;
    after.contributorIds = {m_refs.personB, m_refs.personA, m_refs.personC};
    after.text = QStringLiteral("Changed");
    after.status = DecisionStatus::InForce;
    m_ws->clock.advanceDays(1);
    auto* command = new EntityCommand<Decision>(ws, before, after, QStringLiteral("Edit decision"));
    ws.undoStack()->push(command);
    QCOMPARE(stored<Decision>(before.id), *command->after());
    QCOMPARE(command->after()->contributorIds, after.contributorIds);

    for (int round = 0; round < 3; ++round) {
        m_ws->clock.advanceDays(1);
        ws.undoStack()->undo();
        // Undoing an edit is itself a change: everything comes back except the stamp of who changed it last.
        Decision undone = before;
        undone.audit.updatedAt = m_ws->clock.now();
        undone.audit.updatedBy = ws.currentUser();
        QCOMPARE(stored<Decision>(before.id), undone);
        m_ws->clock.advanceDays(1);
        ws.undoStack()->redo();
        Decision redone = after;
        redone.audit.updatedAt = m_ws->clock.now();
        redone.audit.updatedBy = ws.currentUser();
        QCOMPARE(stored<Decision>(before.id), redone);
    }
}

void TestUndo::deleteIsUndoneWithLinksAndStamps()
{
    Workspace& ws = **m_ws;
    const FrictionCase existing = stored<FrictionCase>(m_refs.caseId);
    QCOMPARE(existing.teamIds, (QList<Id>{m_refs.teamA, m_refs.teamB}));
    m_ws->clock.advanceDays(3);
    ws.undoStack()->push(new EntityCommand<FrictionCase>(ws, existing, std::nullopt, QStringLiteral("Delete")));
    QVERIFY(!ws.repository<FrictionCase>().find(existing.id));
    for (int round = 0; round < 3; ++round) {
        ws.undoStack()->undo();
        QCOMPARE(stored<FrictionCase>(existing.id), existing);
        ws.undoStack()->redo();
        QVERIFY(!ws.repository<FrictionCase>().find(existing.id));
    }
}

Id TestUndo::addCaseWithEverything()
{
    Workspace& ws = **m_ws;
    QString error;
    FrictionCase c;
    c.title = QStringLiteral("Routing gaps");
    c.frictionTypeId = m_refs.frictionType;
    c.teamIds = {m_refs.teamC, m_refs.teamA};
    c.dataTrustSignalIds = {m_refs.signalB, m_refs.signalA};
    c.stage = CaseStage::Govern;
    if (!ws.repository<FrictionCase>().insert(c, &error))
        return 0;
    bool ok = true;
    const auto add = [&](auto item) { ok = ok && ws.repository<decltype(item)>().insert(item, &error); };
    for (Id category : {m_refs.categoryB, m_refs.categoryA}) {
        CaseRootCause cause;
        cause.caseId = c.id;
        cause.categoryId = category;
        cause.evidence = QStringLiteral("Seen in the March numbers");
        add(cause);
    }
    Decision first;
    first.caseId = c.id;
    first.ownerId = m_refs.personA;
    first.contributorIds = {m_refs.personB, m_refs.personC};
    first.status = DecisionStatus::Superseded;
    ok = ok && ws.repository<Decision>().insert(first, &error);
    Decision second = first;
    second.contributorIds = {m_refs.personC, m_refs.personA, m_refs.personB};
    second.status = DecisionStatus::InForce;
    second.supersedesId = first.id;
    second.decidedOn = QDate(2026, 6, 1);
    add(second);
    Action action;
    action.caseId = c.id;
    action.title = QStringLiteral("Route by segment");
    action.ownerId = m_refs.personB;
    action.dueOn = QDate(2026, 7, 1);
    ok = ok && ws.repository<Action>().insert(action, &error);
    for (CaseStage to : {CaseStage::Diagnose, CaseStage::Govern}) {
        StageChange change;
        change.caseId = c.id;
        change.toStage = to;
        change.changedAt = utc(2026, 5, int(to) + 1, 10, 0, 0, 42);
        add(change);
    }
    CaseReview review;
    review.caseId = c.id;
    review.meetingId = m_refs.meeting;
    review.reviewedOn = QDate(2026, 6, 12);
    add(review);
    AgendaItem item;
    item.meetingId = m_refs.meeting;
    item.kind = AgendaItemKind::OverdueAction;
    item.title = QStringLiteral("Routing action");
    item.caseId = c.id;
    item.actionId = action.id;
    add(item);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok ? c.id : 0;
}

void TestUndo::caseDeleteRestoresEverythingRecorded()
{
    Workspace& ws = **m_ws;
    const Id caseId = addCaseWithEverything();
    QVERIFY(caseId);
    const CaseRecord before = CaseRecord::read(ws, caseId);
    QCOMPARE(before.rootCauses.size(), 2);
    QCOMPARE(before.decisions.size(), 2);
    QCOMPARE(before.history.size(), 2);
    QCOMPARE(before.agenda.size(), 1);
    const CaseRecord other = CaseRecord::read(ws, m_refs.caseId);

    QString error;
    auto command = CaseCommands::remove(ws, caseId, &error);
    QVERIFY2(command, qPrintable(error));
    m_ws->clock.advanceDays(1);
    ws.undoStack()->push(command.release());
    for (int round = 0; round < 3; ++round) {
        QVERIFY(CaseRecord::read(ws, caseId).isEmpty());
        QCOMPARE(CaseRecord::read(ws, m_refs.caseId), other);
        ws.undoStack()->undo();
        QCOMPARE(CaseRecord::read(ws, caseId), before);
        ws.undoStack()->redo();
    }
}

void TestUndo::caseDeleteRestoresReferencesFromOutside()
{
    Workspace& ws = **m_ws;
    const Id caseId = addCaseWithEverything();
    QVERIFY(caseId);
    const Decision decision = rowsOfCase<Decision>(ws, caseId).last();
    MetricVersion version;
    version.metricId = m_refs.metricA;
    version.version = 2;
    version.name = QStringLiteral("Changed by the case's decision");
    version.decisionId = decision.id;
    QString error;
    QVERIFY2(ws.repository<MetricVersion>().insert(version, &error), qPrintable(error));
    AgendaItem item;
    item.meetingId = m_refs.meeting;
    item.kind = AgendaItemKind::OverdueAction;
    item.title = QStringLiteral("Raised in a meeting, not in the case");
    item.actionId = rowsOfCase<Action>(ws, caseId).first().id;
    QVERIFY2(ws.repository<AgendaItem>().insert(item, &error), qPrintable(error));

    auto command = CaseCommands::remove(ws, caseId, &error);
    QVERIFY2(command, qPrintable(error));
    ws.undoStack()->push(command.release());
    for (int round = 0; round < 2; ++round) {
        QCOMPARE(stored<MetricVersion>(version.id).decisionId, 0);
        QCOMPARE(stored<AgendaItem>(item.id).actionId, 0);
        ws.undoStack()->undo();
        QCOMPARE(stored<MetricVersion>(version.id), version);
        QCOMPARE(stored<AgendaItem>(item.id), item);
        ws.undoStack()->redo();
    }
}

void TestUndo::archiveHidesCaseFromTheList()
{
    Workspace& ws = **m_ws;
    const FrictionCase before = stored<FrictionCase>(m_refs.caseId);
    QVERIFY(listedCaseIds(ws).contains(m_refs.caseId));
    QString error;
    auto command = CaseCommands::setArchived(ws, m_refs.caseId, true, &error);
    QVERIFY2(command, qPrintable(error));
    ws.undoStack()->push(command.release());
    for (int round = 0; round < 2; ++round) {
        QVERIFY(!listedCaseIds(ws).contains(m_refs.caseId));
        QVERIFY(stored<FrictionCase>(m_refs.caseId).archived);
        ws.undoStack()->undo();
        QVERIFY(listedCaseIds(ws).contains(m_refs.caseId));
        QCOMPARE(stored<FrictionCase>(m_refs.caseId).archived, false);
        QCOMPARE(stored<FrictionCase>(m_refs.caseId).teamIds, before.teamIds);
        ws.undoStack()->redo();
    }
}

void TestUndo::compositeWritesAllOrNothing()
{
    Workspace& ws = **m_ws;
    const int teamsBefore = ws.repository<Team>().count();
    Team vanished = test::named<Team>("Vanished in the meantime");
    vanished.id = 999999;
    Team renamed = vanished;
    renamed.name = QStringLiteral("Renamed");
    auto* command = new CompositeCommand(ws, QStringLiteral("Add one team, rename another"));
    new EntityCommand<Team>(ws, std::nullopt, test::named<Team>("Added"), QString(), command);
    new EntityCommand<Team>(ws, vanished, renamed, QString(), command);
    ws.undoStack()->push(command);

    QCOMPARE(ws.repository<Team>().count(), teamsBefore);
    QCOMPARE(ws.undoStack()->count(), 0);
    QCOMPARE(m_errors->size(), 1);
    QVERIFY2(m_errors->takeFirst().first().toString().contains(QStringLiteral("999999")), "names the record");
}

void TestUndo::commandsForAMissingCaseAreRefused()
{
    Workspace& ws = **m_ws;
    const Id missing = m_refs.caseId + 1000;
    QString error;
    QVERIFY(!CaseCommands::remove(ws, missing, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!CaseCommands::setArchived(ws, missing, true, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(ws.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
