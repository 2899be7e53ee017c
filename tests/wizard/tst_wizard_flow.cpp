#include "WizardDriver.h"
#include "common/MessageBar.h"
#include "domain/CatalogEntry.h"
#include "domain/Metric.h"
#include "domain/OperatingRhythm.h"
#include "domain/Person.h"
#include "domain/Team.h"
#include "playbook/CaseFile.h"
#include "wizard/ActionModel.h"
#include "wizard/DiagnosePage.h"
#include "wizard/RequirementsPanel.h"
#include "wizard/ResolvePage.h"
#include "wizard/RootCauseModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace accord;
using accord::test::WizardDriver;

class TestWizardFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksANewCaseFromSurfaceToClosedAndKeepsEveryField();
};

namespace {

template <typename T> Id idByName(Workspace& workspace, const QString& name)
{
    for (const T& row : workspace.repository<T>().list())
        if (row.name == name)
            return row.id;
    return 0;
}

Id addPerson(Workspace& workspace, const QString& name, const QString& team)
{
    Person person;
    person.name = name;
    person.teamId = idByName<Team>(workspace, team);
    workspace.repository<Person>().insert(person);
    return person.id;
}

// Opens the table cell's choice editor and picks the entry with the text. Every pick in the list commits, so the
// combo box is put just above the entry and one arrow key makes the pick, as a single choice would.
void chooseInCell(QTableView* table, int row, int column, const QString& text)
{
    const QModelIndex index = table->model()->index(row, column);
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_F2);
    auto* combo = qobject_cast<QComboBox*>(QApplication::focusWidget());
    QVERIFY(combo);
    const int wanted = combo->findText(text, Qt::MatchStartsWith);
    QVERIFY2(wanted > 0, qPrintable(text));
    combo->setCurrentIndex(wanted - 1);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(index.data(Qt::DisplayRole).toString().left(text.size()), text);
}

// Opens the text cell's editor, types, and commits with Enter.
void typeInCell(QTableView* table, int row, int column, const QString& text)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor && editor != table);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

} // namespace

void TestWizardFlow::walksANewCaseFromSurfaceToClosedAndKeepsEveryField()
{
    WizardDriver d;
    QVERIFY2(d.ws.workspace, qPrintable(d.ws.error));
    Workspace& ws = *d.ws;
    const Id ana = addPerson(ws, QStringLiteral("Ana Ortiz"), QStringLiteral("Sales"));
    const Id ben = addPerson(ws, QStringLiteral("Ben Okafor"), QStringLiteral("Marketing"));
    const Id cleo = addPerson(ws, QStringLiteral("Cleo Park"), QStringLiteral("RevOps"));
    QVERIFY(d.active);
    d.wizard->startNewCase();
    auto* message = d.wizard->findChild<MessageBar*>(QStringLiteral("wizardMessage"));
    // Moves the case on with the keyboard and checks it arrived, showing the refusal when it did not.
    auto moveOn = [&](CaseStage to, int key = Qt::Key_Right, Qt::KeyboardModifiers modifiers = Qt::AltModifier) {
        d.press(key, modifiers);
        QVERIFY2(d.wizard->viewedStep() == to, qPrintable(message->text()));
        QCOMPARE(d.ws->repository<FrictionCase>().find(d.wizard->caseId())->stage, to);
    };
    QCOMPARE(d.wizard->viewedStep(), CaseStage::Surface);
    QCOMPARE(d.wizard->caseId(), Id(0));

    // Surface: the first saved field stores the case; moving on without a friction type is refused, with the reason.
    d.type("title", QStringLiteral("Leads go cold between Marketing and Sales"));
    const Id caseId = d.wizard->caseId();
    QVERIFY(caseId != 0);
    d.press(Qt::Key_Right, Qt::AltModifier);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Choose the friction type")), qPrintable(message->text()));
    QCOMPARE(d.wizard->viewedStep(), CaseStage::Surface);
    QVERIFY(d.wizard->requirementsPanel()
                ->shownSentences()
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("friction type")));

    QVERIFY(d.choose("frictionType", QStringLiteral("Marketing – Sales")));
    d.toggle("teams", QStringLiteral("Marketing"));
    d.toggle("teams", QStringLiteral("Sales"));
    d.type("looksLike", QStringLiteral("Sales ignores half the MQLs; Marketing says Sales lets them go cold."));
    QVERIFY(d.choose("impactedMetric", QStringLiteral("MQL-to-SQL conversion")));
    d.type("blockedDecision", QStringLiteral("Next quarter's paid media budget"));
    d.type("mechanism", QStringLiteral("A lead acceptance SLA with reject reasons"));
    QVERIFY(d.choose("funnelStage", QStringLiteral("Marketing-qualified lead")));
    d.type("revenueAtRisk", QStringLiteral("250000"));
    QVERIFY(d.choose("severity", QStringLiteral("3")));
    QVERIFY(d.choose("raisedBy", QStringLiteral("Ben Okafor")));
    d.setDate("raisedOn", QDate(2026, 6, 10));
    moveOn(CaseStage::Diagnose);
    QVERIFY(!message->isVisible());

    // Diagnose: a root cause with its evidence, two data-trust signals, and the definition action they suggest.
    auto* diagnose = d.wizard->findChild<DiagnosePage*>();
    QAbstractItemModelTester causesTester(diagnose->rootCauseModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* causes = d.field<QTableView>("rootCauses");
    d.click("addRootCauses");
    QCOMPARE(causes->model()->rowCount(), 1);
    chooseInCell(causes, 0, RootCauseModel::Category, QStringLiteral("SLAs"));
    typeInCell(causes, 0, RootCauseModel::Evidence, QStringLiteral("62% of MQLs get no touch within 48 hours"));
    QVERIFY(!d.field<QLabel>("dataTrustNotice")->isVisible());
    d.click("signal_definition_debates");
    d.click("signal_own_numbers");
    QVERIFY(d.field<QLabel>("dataTrustNotice")->isVisible());
    QVERIFY(d.field<QLabel>("dataTrustNotice")->text().contains(QStringLiteral("probably data trust")));
    d.click("addDefinitionAction");
    moveOn(CaseStage::Align, Qt::Key_Return, Qt::ControlModifier);

    // Align.
    QVERIFY(d.choose("sharedOutcome", QStringLiteral("Conversion")));
    QVERIFY(d.choose("kpi", QStringLiteral("MQL-to-SQL conversion")));
    d.type("kpiBaseline", QStringLiteral("12.5"));
    d.type("kpiTarget", QStringLiteral("20"));
    d.setDate("kpiTargetDate", QDate(2026, 12, 31));
    moveOn(CaseStage::Decide);

    // Decide: the refusal names what is missing until the decision is complete.
    d.press(Qt::Key_Right, Qt::AltModifier);
    QVERIFY(message->text().contains(QStringLiteral("accountable decision owner")));
    QVERIFY(d.choose("decisionOwner", QStringLiteral("Ana Ortiz")));
    QVERIFY(d.field<QLabel>("decisionOwnerTeam")->text().contains(QStringLiteral("Sales")));
    d.toggle("contributors", QStringLiteral("Ben Okafor"));
    d.toggle("contributors", QStringLiteral("Cleo Park"));
    d.type("decisionCriteria", QStringLiteral("Pipeline quality over volume"));
    QVERIFY(d.choose("escalationTo", QStringLiteral("Cleo Park")));
    d.type("escalationDays", QStringLiteral("5"));
    d.type("decisionText", QStringLiteral("Sales accepts or rejects every MQL within one working day"));
    d.setDate("decidedOn", QDate(2026, 6, 14));
    moveOn(CaseStage::Resolve);

    // Resolve: the definition action from Diagnose gets an owner; a second action is added in the table.
    auto* resolve = d.wizard->findChild<ResolvePage*>();
    QAbstractItemModelTester actionsTester(resolve->actionModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* actions = d.field<QTableView>("actions");
    QCOMPARE(actions->model()->rowCount(), 1);
    chooseInCell(actions, 0, ActionModel::Owner, QStringLiteral("Cleo Park"));
    d.click("addActions");
    QCOMPARE(actions->model()->rowCount(), 2);
    QWidget* titleEditor = QApplication::focusWidget();
    QVERIFY(titleEditor && titleEditor != actions);
    QTest::keyClicks(titleEditor, QStringLiteral("Route MQLs to a named rep within one hour"));
    QTest::keyClick(titleEditor, Qt::Key_Return);
    chooseInCell(actions, 1, ActionModel::Kind, displayName(ActionKind::Routing));
    chooseInCell(actions, 1, ActionModel::Owner, QStringLiteral("Ana Ortiz"));
    moveOn(CaseStage::Govern);

    // Govern.
    QVERIFY(d.choose("rhythm", QStringLiteral("Weekly execution review")));
    d.setDate("nextReview", QDate(2026, 6, 22));
    d.click("recordReview");
    QVERIFY(d.field<QLabel>("reviews")->text().contains(QStringLiteral("15 Jun 2026")));
    moveOn(CaseStage::Learn);

    // Alt+Left only looks back: the case stays at Learn, and Alt+Right returns to it.
    d.press(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(d.wizard->viewedStep(), CaseStage::Govern);
    QCOMPARE(d.ws->repository<FrictionCase>().find(caseId)->stage, CaseStage::Learn);
    d.press(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(d.wizard->viewedStep(), CaseStage::Learn);
    QCOMPARE(d.ws->repository<FrictionCase>().find(caseId)->stage, CaseStage::Learn);

    // Learn, then close.
    d.type("whatWorked", QStringLiteral("The one-day acceptance SLA"));
    d.type("whatRecurred", QStringLiteral("Weekend leads still wait"));
    d.type("evidence", QStringLiteral("Win-loss interviews and the SLA report"));
    d.type("kpiMovement", QStringLiteral("MQL-to-SQL conversion rose from 12.5% to 17%"));
    d.click("closeCase");
    QVERIFY(d.field<QPushButton>("reopenCase")->isVisible());
    QVERIFY(d.field<QLabel>("caseStatus")->text().startsWith(QStringLiteral("Closed")));

    // The timeline names every move, the decision and the closing, by date: raised on 10 June and decided on
    // 14 June as recorded, the moves and the closing on the day of the walk (the clock's 15 June).
    const QString timeline = d.field<QLabel>("timeline")->text();
    const QStringList expectedOrder{
        QStringLiteral("10 Jun 2026"),      QStringLiteral("Raised at Surface"),
        QStringLiteral("14 Jun 2026"),      QStringLiteral("Decided by Ana Ortiz: Sales accepts or rejects every MQL"),
        QStringLiteral("15 Jun 2026"),      QStringLiteral("Surface → Diagnose"),
        QStringLiteral("Diagnose → Align"), QStringLiteral("Align → Decide"),
        QStringLiteral("Decide → Resolve"), QStringLiteral("Resolve → Govern"),
        QStringLiteral("Govern → Learn"),   QStringLiteral("Closed at Learn")};
    qsizetype from = 0;
    for (const QString& line : expectedOrder) {
        const qsizetype at = timeline.indexOf(line, from);
        QVERIFY2(at >= 0,
                 qPrintable(QStringLiteral("%1 missing after position %2 in: %3").arg(line).arg(from).arg(timeline)));
        from = at + line.size();
    }

    // Everything is in the file: close the workspace and read the case back from it.
    const QString path = d.ws.path();
    d.wizard->setWorkspace(nullptr);
    d.ws.workspace.reset();
    QString error;
    auto reopened = Workspace::open(path, Database::Access::ReadWrite, &error, &d.ws.clock);
    QVERIFY2(reopened, qPrintable(error));
    const auto file = CaseFile::load(*reopened, caseId, &error);
    QVERIFY2(file, qPrintable(error));
    const FrictionCase& c = file->frictionCase;
    QCOMPARE(c.title, QStringLiteral("Leads go cold between Marketing and Sales"));
    QCOMPARE(c.frictionTypeId, idByName<FrictionType>(*reopened, QStringLiteral("Marketing – Sales")));
    QCOMPARE(QSet<Id>(c.teamIds.cbegin(), c.teamIds.cend()),
             (QSet<Id>{idByName<Team>(*reopened, QStringLiteral("Marketing")),
                       idByName<Team>(*reopened, QStringLiteral("Sales"))}));
    QCOMPARE(c.looksLike, QStringLiteral("Sales ignores half the MQLs; Marketing says Sales lets them go cold."));
    const Id conversion = idByName<Metric>(*reopened, QStringLiteral("MQL-to-SQL conversion"));
    QCOMPARE(c.impactedMetricId, conversion);
    QCOMPARE(c.blockedDecision, QStringLiteral("Next quarter's paid media budget"));
    QCOMPARE(c.mechanism, QStringLiteral("A lead acceptance SLA with reject reasons"));
    QVERIFY(c.funnelStageId != 0);
    QCOMPARE(c.revenueAtRisk, qint64(250000));
    QCOMPARE(c.severity, 3);
    QCOMPARE(c.raisedById, ben);
    QCOMPARE(c.raisedOn, QDate(2026, 6, 10));
    QCOMPARE(c.dataTrustSignalIds.size(), 2);
    QCOMPARE(c.sharedOutcomeId, idByName<SharedOutcome>(*reopened, QStringLiteral("Conversion")));
    QCOMPARE(c.kpiMetricId, conversion);
    QCOMPARE(c.kpiBaseline, std::optional<double>(12.5));
    QCOMPARE(c.kpiTarget, std::optional<double>(20));
    QCOMPARE(c.kpiTargetDate, QDate(2026, 12, 31));
    QCOMPARE(c.rhythmId, idByName<OperatingRhythm>(*reopened, QStringLiteral("Weekly execution review")));
    QCOMPARE(c.nextReviewOn, QDate(2026, 6, 22));
    QCOMPARE(c.whatWorked, QStringLiteral("The one-day acceptance SLA"));
    QCOMPARE(c.whatRecurred, QStringLiteral("Weekend leads still wait"));
    QCOMPARE(c.evidence, QStringLiteral("Win-loss interviews and the SLA report"));
    QCOMPARE(c.kpiMovement, QStringLiteral("MQL-to-SQL conversion rose from 12.5% to 17%"));
    QCOMPARE(c.stage, CaseStage::Learn);
    QCOMPARE(c.status, CaseStatus::Closed);

    QCOMPARE(file->rootCauses.size(), 1);
    QCOMPARE(file->rootCauses.first().categoryId, idByName<RootCauseCategory>(*reopened, QStringLiteral("SLAs")));
    QCOMPARE(file->rootCauses.first().evidence, QStringLiteral("62% of MQLs get no touch within 48 hours"));

    QVERIFY(file->decision);
    const Decision& decision = *file->decision;
    QCOMPARE(decision.ownerId, ana);
    QCOMPARE(QSet<Id>(decision.contributorIds.cbegin(), decision.contributorIds.cend()), (QSet<Id>{ben, cleo}));
    QCOMPARE(decision.criteria, QStringLiteral("Pipeline quality over volume"));
    QCOMPARE(decision.escalationToId, cleo);
    QCOMPARE(decision.escalationAfterDays, 5);
    QCOMPARE(decision.text, QStringLiteral("Sales accepts or rejects every MQL within one working day"));
    QCOMPARE(decision.decidedOn, QDate(2026, 6, 14));

    QCOMPARE(file->actions.size(), 2);
    const Action& definition = file->actions.at(0);
    QCOMPARE(definition.kind, ActionKind::Definition);
    QVERIFY(definition.title.contains(QStringLiteral("MQL-to-SQL conversion")));
    QCOMPARE(definition.ownerId, cleo);
    QCOMPARE(definition.dueOn, QDate(2026, 6, 29));
    const Action& routing = file->actions.at(1);
    QCOMPARE(routing.kind, ActionKind::Routing);
    QCOMPARE(routing.title, QStringLiteral("Route MQLs to a named rep within one hour"));
    QCOMPARE(routing.ownerId, ana);

    QCOMPARE(file->reviews.size(), 1);
    QCOMPARE(file->reviews.first().reviewedOn, QDate(2026, 6, 15));
    // Moving past Decide put the decision in force.
    QCOMPARE(decision.status, DecisionStatus::InForce);
    // Raised, six moves along the playbook, and the closing.
    QCOMPARE(file->history.size(), 8);
    QCOMPARE(file->history.first().toStage, CaseStage::Surface);
}

QTEST_MAIN(TestWizardFlow)
#include "tst_wizard_flow.moc"
