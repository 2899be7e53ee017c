#include "TestSupport.h"
#include "common/Theme.h"
#include "dictionary/MetricCommands.h"
#include "domain/Action.h"
#include "domain/Decision.h"
#include "domain/Experiment.h"
#include "domain/FrictionCase.h"
#include "domain/Metric.h"
#include "domain/OperatingRhythm.h"
#include "domain/Person.h"
#include "domain/PulseEntry.h"
#include "domain/ReviewMeeting.h"
#include "domain/Team.h"
#include "domain/TeamGoal.h"
#include "reviews/ActionListModel.h"
#include "reviews/AgendaBuilder.h"
#include "reviews/AgendaModel.h"
#include "reviews/AnswerCommands.h"
#include "reviews/DecisionLogView.h"
#include "reviews/DecisionModel.h"
#include "reviews/ExperimentModel.h"
#include "reviews/FollowUpView.h"
#include "reviews/GoalModel.h"
#include "reviews/MeetingCommands.h"
#include "reviews/MeetingMinutes.h"
#include "reviews/MeetingModel.h"
#include "reviews/MeetingPanel.h"
#include "reviews/NpsAnswerModel.h"
#include "reviews/NpsPeriodModel.h"
#include "reviews/ReviewRoles.h"
#include "reviews/ReviewsView.h"
#include "reviews/RhythmModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <map>

using namespace accord;

namespace {

const QString Council = QStringLiteral("Monthly revenue review (funnel council)");
const QString DecisionText = QStringLiteral("Partner-portal leads route by account owner first");
const QString Hypothesis = QStringLiteral("If SDRs call webinar attendees the same day, meetings booked double");

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qWarning("No child named %s", name);
    return found;
}

void clickRow(QAbstractItemView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void clickTab(QTabWidget* tabs, const QString& title)
{
    QTabBar* bar = tabs->tabBar();
    for (int i = 0; i < bar->count(); ++i)
        if (bar->tabText(i) == title)
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
}

// Picks an entry of a combo box the way a keyboard user does: focus it and type the start of the entry.
bool choose(QComboBox* combo, const QString& text)
{
    combo->setFocus();
    QTest::keyClicks(combo, text.left(12));
    return combo->currentText().startsWith(text);
}

// Steps through a combo box's entries with the arrow keys until one that starts with the text shows: a space typed
// into a closed combo box would open its popup.
bool pick(QComboBox* combo, const QString& text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && !combo->currentText().startsWith(text); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentText().startsWith(text);
}

QModelIndex rowWithText(QAbstractItemModel* model, int column, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return model->index(row, column);
    return {};
}

template <typename T> T byName(Workspace& ws, const char* column, const QString& value)
{
    Filter filter;
    filter.where(column, value);
    return ws.repository<T>().list(filter).value(0);
}

// Shows a view as large as the projected screen the reviews are run on, and waits until it can take input.
bool showAtProjectorSize(QWidget& view)
{
    view.resize(1920, 1080);
    view.show();
    return QTest::qWaitForWindowActive(&view);
}

} // namespace

class TestReviewsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelsPassTheTester();
    void runTheMonthlyCouncil();
    void followUpFiltersActions();
    void followUpAddsACrossTeamGoal();
    void pulseTakenInAMeeting();
};

void TestReviewsGui::initTestCase()
{
    Theme::apply(*qApp);
}

void TestReviewsGui::modelsPassTheTester()
{
    test::TempWorkspace ws(Workspace::Content::Demo);
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    RhythmModel rhythms;
    MeetingModel meetings;
    AgendaModel agenda;
    DecisionModel decisions;
    ExperimentModel experiments;
    ActionListModel actions;
    GoalModel goals;
    NpsAnswerModel npsAnswers;
    NpsPeriodModel npsPeriods;
    const QList<QAbstractItemModel*> models{&rhythms, &meetings, &agenda,     &decisions, &experiments,
                                            &actions, &goals,    &npsAnswers, &npsPeriods};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel* model : models)
        testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    rhythms.setWorkspace(ws.workspace.get());
    meetings.setWorkspace(ws.workspace.get());
    agenda.setWorkspace(ws.workspace.get());
    decisions.setWorkspace(ws.workspace.get());
    experiments.setWorkspace(ws.workspace.get());
    actions.setWorkspace(ws.workspace.get());
    goals.setWorkspace(ws.workspace.get());
    npsAnswers.setWorkspace(ws.workspace.get());
    npsPeriods.setWorkspace(ws.workspace.get());
    for (QAbstractItemModel* model : models)
        QVERIFY2(model->rowCount() > 0, model->metaObject()->className());

    // Edits and their undo reach every model while the testers watch: rows added, changed and taken away.
    const int undoneBefore = ws->undoStack()->index();
    const OperatingRhythm council = rhythms.recordAt(0).value();
    QString error;
    const QDate on = ws.clock.today().addDays(3);
    ws->undoStack()->push(
        MeetingCommands::create(*ws, council, on, AgendaBuilder::build(*ws, council, on, &error)).release());
    int open = 0;
    while (open < actions.rowCount() && actions.recordAt(open)->status != ActionStatus::Open)
        ++open;
    QVERIFY(actions.setData(actions.index(open, ActionListModel::Status), int(ActionStatus::Done)));
    QVERIFY(goals.addGoal(ws->repository<Team>().list().value(0).id) != 0);
    NpsAnswer answer;
    answer.period = QStringLiteral("2026-06");
    answer.score = 3;
    answer.doBetter = QStringLiteral("Answer tickets faster");
    auto nps = AnswerCommands::addNps(*ws, answer, &error);
    QVERIFY2(nps, qPrintable(error));
    ws->undoStack()->push(nps.release());
    while (ws->undoStack()->index() > undoneBefore)
        ws->undoStack()->undo();
    while (ws->undoStack()->canRedo())
        ws->undoStack()->redo();
}

void TestReviewsGui::runTheMonthlyCouncil()
{
    test::TempWorkspace ws(Workspace::Content::Demo);
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    ReviewsView view;
    view.setWorkspace(ws.workspace.get());
    QVERIFY(showAtProjectorSize(view));

    // Choose the council and create its next meeting: the agenda is built from the workspace.
    auto* rhythms = child<QListView>(view, "rhythmList");
    const QModelIndex council = rowWithText(rhythms->model(), 0, Council);
    QVERIFY(council.isValid());
    clickRow(rhythms, council);
    const int meetingsBefore = ws->repository<ReviewMeeting>().count();
    QTest::mouseClick(child<QPushButton>(view, "createMeeting"), Qt::LeftButton);
    QCOMPARE(ws->repository<ReviewMeeting>().count(), meetingsBefore + 1);
    MeetingPanel* panel = view.meetingPanel();
    const auto meeting = ws->repository<ReviewMeeting>().find(panel->meetingId());
    QVERIFY(meeting);
    QCOMPARE(meeting->rhythmId, byName<OperatingRhythm>(*ws, "name", Council).id);
    QCOMPARE(meeting->status, MeetingStatus::Planned);
    QVERIFY(meeting->title.startsWith(Council));

    // Tick the first two items with the space bar on their Done box, as a facilitator walks the agenda.
    auto* agenda = child<QTableView>(view, "agendaTable");
    QVERIFY(agenda->model()->rowCount() >= 3);
    for (int row = 0; row < 2; ++row) {
        clickRow(agenda, agenda->model()->index(row, AgendaModel::Item));
        QTest::keyClick(agenda, Qt::Key_Home);
        QCOMPARE(agenda->currentIndex().column(), int(AgendaModel::Done));
        QTest::keyClick(agenda, Qt::Key_Space);
    }
    Filter ofMeeting;
    ofMeeting.where("meeting_id", meeting->id);
    Filter doneItems = ofMeeting;
    doneItems.where("done", true);
    QCOMPARE(ws->repository<AgendaItem>().count(doneItems), 2);
    QCOMPARE(agenda->model()->index(0, AgendaModel::Done).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(child<QLabel>(*panel, "meetingFacts")->text().contains(QStringLiteral("2 of ")));

    // Record a decision about a case.
    auto* tabs = child<QTabWidget>(*panel, "meetingTabs");
    clickTab(tabs, QStringLiteral("Decisions"));
    const QString caseTitle = QStringLiteral("SDRs do not follow up on webinar leads");
    QTest::keyClicks(child<QLineEdit>(*panel, "decisionText"), DecisionText);
    QVERIFY(choose(child<QComboBox>(*panel, "decisionOwner"), QStringLiteral("Marcus Reid")));
    QVERIFY(choose(child<QComboBox>(*panel, "decisionCase"), caseTitle));
    QTest::mouseClick(child<QPushButton>(*panel, "recordDecision"), Qt::LeftButton);
    const Decision decision = byName<Decision>(*ws, "text", DecisionText);
    QVERIFY(decision.id != 0);
    QCOMPARE(decision.meetingId, meeting->id);
    QCOMPARE(decision.caseId, byName<FrictionCase>(*ws, "title", caseTitle).id);
    QCOMPARE(decision.status, DecisionStatus::InForce);
    QCOMPARE(child<QTableView>(*panel, "meetingDecisions")->model()->rowCount(), 1);

    // Agree the month's experiment.
    clickTab(tabs, QStringLiteral("Experiments"));
    QTest::keyClicks(child<QLineEdit>(*panel, "experimentHypothesis"), Hypothesis);
    QVERIFY(choose(child<QComboBox>(*panel, "experimentOwner"), QStringLiteral("Priya Raman")));
    QVERIFY(choose(child<QComboBox>(*panel, "experimentMetric"), QStringLiteral("Net Promoter Score")));
    QTest::mouseClick(child<QPushButton>(*panel, "agreeExperiment"), Qt::LeftButton);
    const Experiment experiment = byName<Experiment>(*ws, "hypothesis", Hypothesis);
    QCOMPARE(experiment.meetingId, meeting->id);
    QCOMPARE(experiment.endOn, ws.clock.today().addDays(30));
    QCOMPARE(child<QTableView>(*panel, "meetingExperiments")->model()->rowCount(), 1);

    // Minutes are kept when the field is left, and the whole meeting exports as Markdown.
    clickTab(tabs, QStringLiteral("Minutes"));
    auto* minutes = child<QWidget>(*panel, "meetingMinutes");
    minutes->setFocus();
    QTest::keyClicks(minutes, QStringLiteral("Scorecard walked; routing decided."));
    clickTab(tabs, QStringLiteral("Decisions"));
    child<QLineEdit>(*panel, "decisionText")->setFocus();
    QTRY_COMPARE(ws->repository<ReviewMeeting>().find(meeting->id)->minutes,
                 QStringLiteral("Scorecard walked; routing decided."));
    const QString path = ws.dir.filePath(QStringLiteral("minutes.md"));
    QString error;
    QVERIFY2(panel->exportMinutes(path, &error), qPrintable(error));
    const QString markdown = QString::fromUtf8(test::fileBytes(path));
    QVERIFY(markdown.startsWith(QStringLiteral("# ") + meeting->title));
    QCOMPARE(markdown.count(QStringLiteral("- [x] ")), 2);
    QVERIFY(markdown.contains(DecisionText));
    QVERIFY(markdown.contains(QStringLiteral("Owner: Marcus Reid")));
    QVERIFY(markdown.contains(Hypothesis));
    QVERIFY(markdown.contains(QStringLiteral("Scorecard walked; routing decided.")));

    // The council's decision also approves a new version of a frozen definition.
    Metric conversion = byName<Metric>(*ws, "name", QStringLiteral("MQL-to-SQL conversion"));
    QCOMPARE(conversion.status, MetricStatus::Frozen);
    conversion.definition = QStringLiteral("Share of MQLs that became SQLs after a held discovery meeting.");
    auto change = MetricCommands::change(*ws, conversion, decision.id, QStringLiteral("Funnel council"), &error);
    QVERIFY2(change, qPrintable(error));
    ws->undoStack()->push(change.release());

    // The decision is in the log with its owner, case, status and the definition it changed.
    DecisionLogView log;
    log.setWorkspace(ws.workspace.get());
    log.resize(1920, 1080);
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    auto* table = child<QTableView>(log, "decisionLog");
    const int all = table->model()->rowCount();
    QVERIFY(all > 1);
    // Filled before it was shown, the log fits its rows to the columns it is shown with, not to narrower ones.
    const auto tallest = [table] {
        int height = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            height = std::max(height, table->rowHeight(row));
        return height;
    };
    QTRY_VERIFY2(tallest() <= table->fontMetrics().lineSpacing() * 5 + 8, qPrintable(QString::number(tallest())));
    QTest::keyClicks(child<QLineEdit>(log, "decisionSearch"), QStringLiteral("account owner first"));
    QCOMPARE(table->model()->rowCount(), 1);
    const auto cell = [table](int column) { return table->model()->index(0, column).data().toString(); };
    QCOMPARE(cell(DecisionModel::Owner), QStringLiteral("Marcus Reid"));
    QCOMPARE(cell(DecisionModel::Case), caseTitle);
    QCOMPARE(cell(DecisionModel::Meeting), meeting->title);
    QCOMPARE(cell(DecisionModel::Status), QStringLiteral("In force"));
    QCOMPARE(cell(DecisionModel::MetricChange),
             QStringLiteral("MQL-to-SQL conversion, version %1").arg(conversion.version + 1));

    // Undo takes the edits back out one by one, the experiment among them.
    ws->undoStack()->undo(); // the new definition
    ws->undoStack()->undo(); // minutes
    ws->undoStack()->undo(); // experiment
    QCOMPARE(ws->repository<Experiment>().count(ofMeeting), 0);

    const QString dir = qEnvironmentVariable("ACCORD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    for (int i = 0; i < 3; ++i)
        ws->undoStack()->redo();
    clickTab(tabs, QStringLiteral("Decisions"));
    QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("meeting-agenda.png"))));
    child<QLineEdit>(log, "decisionSearch")->clear();
    QVERIFY(log.grab().save(QDir(dir).filePath(QStringLiteral("decision-log.png"))));
}

void TestReviewsGui::followUpFiltersActions()
{
    test::TempWorkspace ws(Workspace::Content::Demo);
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    FollowUpView view;
    view.setWorkspace(ws.workspace.get());
    QVERIFY(showAtProjectorSize(view));
    auto* table = child<QTableView>(view, "actionList");
    QAbstractItemModel* shown = table->model();
    const QDate today = ws.clock.today();
    QHash<Id, Action> byId;
    for (const Action& a : ws->repository<Action>().list())
        byId.insert(a.id, a);
    QHash<Id, Id> teamOf;
    QHash<Id, QString> personName;
    for (const Person& p : ws->repository<Person>().list()) {
        teamOf.insert(p.id, p.teamId);
        personName.insert(p.id, p.name);
    }
    const auto pending = [](const Action& a) {
        return a.status == ActionStatus::Open || a.status == ActionStatus::InProgress;
    };
    const auto overdue = [&](const Action& a) { return pending(a) && a.dueOn.isValid() && a.dueOn < today; };
    const auto rowAction = [&](int row) { return byId.value(shown->index(row, 0).data(ReviewRoles::Id).value<Id>()); };
    const auto countWhere = [&](const std::function<bool(const Action&)>& test) {
        return int(std::count_if(byId.cbegin(), byId.cend(), test));
    };
    auto* count = child<QLabel>(view, "actionCount");

    // Still to do, overdue first and the most overdue at the top; then the rest by due date.
    QCOMPARE(shown->rowCount(), countWhere(pending));
    int late = 0;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const Action a = rowAction(row);
        QVERIFY(pending(a));
        if (overdue(a)) {
            QCOMPARE(late, row);
            ++late;
        }
        if (row > 0 && overdue(a) == overdue(rowAction(row - 1)) && a.dueOn.isValid())
            QVERIFY2(rowAction(row - 1).dueOn <= a.dueOn, qPrintable(a.title));
    }
    QVERIFY(late > 0 && late < shown->rowCount());
    QCOMPARE(late, countWhere(overdue));
    QVERIFY2(shown->index(0, ActionListModel::Due).data().toString().contains(QStringLiteral("late")),
             qPrintable(shown->index(0, ActionListModel::Due).data().toString()));
    QCOMPARE(count->text(), QStringLiteral("%1 actions, %2 overdue").arg(shown->rowCount()).arg(late));

    // By owner: the person who owes the most (the first of them by id, so that every run picks the same).
    std::map<Id, int> owed;
    std::map<Id, int> doneByTeam;
    for (const Action& a : std::as_const(byId)) {
        owed[a.ownerId] += pending(a);
        doneByTeam[teamOf.value(a.ownerId)] += a.status == ActionStatus::Done;
    }
    const Id owner = std::max_element(owed.cbegin(), owed.cend(), [](const auto& a, const auto& b) {
                         return a.second < b.second;
                     })->first;
    QVERIFY(pick(child<QComboBox>(view, "actionOwner"), personName.value(owner)));
    QCOMPARE(shown->rowCount(), owed.at(owner));
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, ActionListModel::Owner).data().toString(), personName.value(owner));

    // By team instead: every owner of the team that has done the most.
    QVERIFY(pick(child<QComboBox>(view, "actionOwner"), QStringLiteral("Every owner")));
    const Id teamId = std::max_element(doneByTeam.cbegin(), doneByTeam.cend(), [](const auto& a, const auto& b) {
                          return a.second < b.second;
                      })->first;
    const Team team = ws->repository<Team>().find(teamId).value();
    QVERIFY(pick(child<QComboBox>(view, "actionTeam"), team.name));
    const auto ofTeam = [&](const Action& a) { return teamOf.value(a.ownerId) == team.id; };
    QCOMPARE(shown->rowCount(), countWhere([&](const Action& a) { return ofTeam(a) && pending(a); }));
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, ActionListModel::Team).data().toString(), team.name);

    // Every status, then only what is done.
    QVERIFY(pick(child<QComboBox>(view, "actionStatus"), QStringLiteral("Every status")));
    QCOMPARE(shown->rowCount(), countWhere(ofTeam));
    QVERIFY(pick(child<QComboBox>(view, "actionStatus"), QStringLiteral("Done")));
    const int done = countWhere([&](const Action& a) { return ofTeam(a) && a.status == ActionStatus::Done; });
    QVERIFY(done > 0);
    QCOMPARE(shown->rowCount(), done);
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(rowAction(row).status, ActionStatus::Done);

    // Still to do across teams, due by today: exactly what is overdue or due today.
    QVERIFY(pick(child<QComboBox>(view, "actionTeam"), QStringLiteral("Every team")));
    QVERIFY(pick(child<QComboBox>(view, "actionStatus"), QStringLiteral("Still to do")));
    auto* dueBy = child<QCheckBox>(view, "actionDueBy");
    auto* dueDate = child<QDateEdit>(view, "actionDueDate");
    QVERIFY(!dueDate->isEnabled());
    QTest::mouseClick(dueBy, Qt::LeftButton, {}, QPoint(8, dueBy->height() / 2));
    QVERIFY(dueBy->isChecked());
    QVERIFY(dueDate->isEnabled());
    // A week ahead at first; the arrow key steps the day back to today.
    dueDate->setFocus();
    dueDate->setCurrentSection(QDateTimeEdit::DaySection);
    for (qint64 days = today.daysTo(dueDate->date()); days > 0; --days)
        QTest::keyClick(dueDate, Qt::Key_Down);
    QCOMPARE(dueDate->date(), today);
    const int dueByToday =
        countWhere([&](const Action& a) { return pending(a) && a.dueOn.isValid() && a.dueOn <= today; });
    QVERIFY(dueByToday >= late);
    QCOMPARE(shown->rowCount(), dueByToday);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(rowAction(row).dueOn <= today);
    QTest::mouseClick(dueBy, Qt::LeftButton, {}, QPoint(8, dueBy->height() / 2));
    QCOMPARE(shown->rowCount(), countWhere(pending));
}

void TestReviewsGui::followUpAddsACrossTeamGoal()
{
    test::TempWorkspace ws(Workspace::Content::Demo);
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    FollowUpView view;
    view.setWorkspace(ws.workspace.get());
    QVERIFY(showAtProjectorSize(view));
    clickTab(child<QTabWidget>(view, "followUpTabs"), QStringLiteral("Pulse and cross-team goals"));
    auto* goals = child<QTableView>(view, "goalTable");
    QTRY_VERIFY(goals->isVisible());
    const int before = ws->repository<TeamGoal>().count();
    QVERIFY(before > 0);
    QCOMPARE(goals->model()->rowCount(), before);
    for (const TeamGoal& goal : ws->repository<TeamGoal>().list())
        QVERIFY2(rowWithText(goals->model(), GoalModel::Goal, goal.goal).isValid(), qPrintable(goal.goal));

    // A new goal opens for typing; Enter keeps it.
    QTest::mouseClick(child<QPushButton>(view, "addGoal"), Qt::LeftButton);
    QCOMPARE(goals->model()->rowCount(), before + 1);
    auto* editor = goals->viewport()->findChild<QLineEdit*>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("New cross-team goal"));
    const QString text = QStringLiteral("Marketing joins the weekly pipeline review");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return from the event loop.
    QTRY_VERIFY(byName<TeamGoal>(*ws, "goal", text).id != 0);
    const TeamGoal added = byName<TeamGoal>(*ws, "goal", text);
    QCOMPARE(added.teamId, ws->repository<Team>().list().value(0).id);
    QCOMPARE(added.status, GoalStatus::NotStarted);
    QVERIFY(rowWithText(goals->model(), GoalModel::Goal, text).isValid());
}

void TestReviewsGui::pulseTakenInAMeeting()
{
    test::TempWorkspace ws(Workspace::Content::Demo);
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    FollowUpView view;
    view.setWorkspace(ws.workspace.get());
    QVERIFY(showAtProjectorSize(view));
    clickTab(child<QTabWidget>(view, "followUpTabs"), QStringLiteral("Pulse and cross-team goals"));
    auto* period = child<QLineEdit>(view, "pulsePeriod");
    QTRY_VERIFY(period->isVisible());
    QCOMPARE(period->text(), QStringLiteral("2026-06"));
    QVERIFY(!period->isReadOnly());

    // Choosing a held council puts the pulse in that meeting and its month.
    Filter held;
    held.where("status", MeetingStatus::Held);
    QList<ReviewMeeting> meetings = ws->repository<ReviewMeeting>().list(held);
    const auto council = std::find_if(meetings.cbegin(), meetings.cend(), [](const ReviewMeeting& m) {
        return m.title.startsWith(QStringLiteral("Monthly revenue review")) && m.heldOn.month() == 5;
    });
    QVERIFY(council != meetings.cend());
    auto* meeting = child<QComboBox>(view, "pulseMeeting");
    QCOMPARE(meeting->currentIndex(), 0);
    QVERIFY(pick(meeting, council->title));
    QCOMPARE(period->text(), QStringLiteral("2026-05"));
    QVERIFY(period->isReadOnly());
    QVERIFY(pick(child<QComboBox>(view, "pulsePerson"), QStringLiteral("Marcus Reid")));
    QVERIFY(pick(child<QComboBox>(view, "pulseRating"), QStringLiteral("Better")));
    QTest::keyClicks(child<QLineEdit>(view, "pulseOneThing"), QStringLiteral("Bring the pipeline numbers"));
    QTest::mouseClick(child<QPushButton>(view, "recordPulse"), Qt::LeftButton);
    const PulseEntry entry = byName<PulseEntry>(*ws, "one_thing", QStringLiteral("Bring the pipeline numbers"));
    QVERIFY(entry.id != 0);
    QCOMPARE(entry.meetingId, council->id);
    QCOMPARE(entry.period, QStringLiteral("2026-05"));
    QCOMPARE(entry.rating, PulseRating::Better);
    QCOMPARE(entry.personId, byName<Person>(*ws, "name", QStringLiteral("Marcus Reid")).id);

    // The meeting's minutes carry it.
    QString error;
    const auto minutes = MeetingMinutes::build(*ws, council->id, &error);
    QVERIFY2(minutes, qPrintable(error));
    QVERIFY(minutes->oneThings.contains(QStringLiteral("Bring the pipeline numbers (Marcus Reid)")));

    // Back to no meeting: the month is typed again.
    QVERIFY(pick(meeting, QStringLiteral("No meeting: the month's pulse")));
    QVERIFY(!period->isReadOnly());
}

QTEST_MAIN(TestReviewsGui)
#include "tst_reviews_gui.moc"
