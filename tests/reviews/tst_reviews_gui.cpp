#include "TestSupport.h"
#include "common/Theme.h"
#include "dictionary/MetricCommands.h"
#include "domain/Decision.h"
#include "domain/Experiment.h"
#include "domain/FrictionCase.h"
#include "domain/Metric.h"
#include "domain/OperatingRhythm.h"
#include "domain/ReviewMeeting.h"
#include "reviews/AgendaModel.h"
#include "reviews/DecisionLogView.h"
#include "reviews/DecisionModel.h"
#include "reviews/MeetingPanel.h"
#include "reviews/ReviewsView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

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

} // namespace

class TestReviewsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelsPassTheTester();
    void runTheMonthlyCouncil();
};

void TestReviewsGui::initTestCase()
{
    Theme::apply(*qApp);
}

void TestReviewsGui::modelsPassTheTester()
{
    test::TempWorkspace ws(Workspace::Content::Demo);
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    AgendaModel agenda;
    DecisionModel decisions;
    QAbstractItemModelTester agendaTester(&agenda, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester decisionTester(&decisions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    agenda.setWorkspace(ws.workspace.get());
    decisions.setWorkspace(ws.workspace.get());
    QVERIFY(agenda.rowCount() > 0);
    QVERIFY(decisions.rowCount() > 0);
}

void TestReviewsGui::runTheMonthlyCouncil()
{
    test::TempWorkspace ws(Workspace::Content::Demo);
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    ReviewsView view;
    view.setWorkspace(ws.workspace.get());
    view.resize(1920, 1080);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));

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

QTEST_MAIN(TestReviewsGui)
#include "tst_reviews_gui.moc"
