#include "TestSupport.h"
#include "commands/EntityCommand.h"
#include "domain/Action.h"
#include "domain/Decision.h"
#include "domain/FrictionType.h"
#include "domain/Metric.h"
#include "domain/MetricValue.h"
#include "domain/MetricVersion.h"
#include "domain/Person.h"
#include "domain/Team.h"
#include "reviews/AgendaBuilder.h"
#include "reviews/AnswerCommands.h"
#include "reviews/DecisionCommands.h"
#include "reviews/MeetingCommands.h"
#include "reviews/MeetingMinutes.h"
#include "rhythm/PulseSummary.h"

#include <QTest>
#include <deque>
#include <functional>
#include <tuple>

using namespace accord;

namespace {

const QDate MeetingOn(2026, 6, 25);
const QDate LastMeetingOn(2026, 5, 28);

// A catalogue workspace with two people and a monthly rhythm that last met on 28 May; each test row adds the
// records one agenda source reads.
struct Scene
{
    Scene()
    {
        Filter monthly;
        monthly.where("code", QStringLiteral("monthly_revenue"));
        rhythm = ws->repository<OperatingRhythm>().list(monthly).value(0);
        Filter weeklyCode;
        weeklyCode.where("code", QStringLiteral("weekly_execution"));
        weekly = ws->repository<OperatingRhythm>().list(weeklyCode).value(0).id;
        const QList<Team> teams = ws->repository<Team>().list();
        teamA = teams.value(0).id;
        teamB = teams.value(1).id;
        attendee = addPerson("Ada Attendee", teamA);
        outsider = addPerson("Otto Outsider", teamB);
        rhythm.chairId = attendee;
        rhythm.attendeeIds = {attendee};
        rhythm.standingAgenda = QStringLiteral("Scorecard walk\n\n  Pulse results  \n");
        ws->repository<OperatingRhythm>().update(rhythm);
        ReviewMeeting last;
        last.rhythmId = rhythm.id;
        last.title = QStringLiteral("May council");
        last.heldOn = LastMeetingOn;
        last.status = MeetingStatus::Held;
        ws->repository<ReviewMeeting>().insert(last);
        frictionType = ws->repository<FrictionType>().list().value(0).id;
    }

    Id addPerson(const char* name, Id team)
    {
        Person p;
        p.name = QString::fromUtf8(name);
        p.teamId = team;
        ws->repository<Person>().insert(p);
        return p.id;
    }
    FrictionCase& addCase(const char* title)
    {
        FrictionCase c;
        c.title = QString::fromUtf8(title);
        c.frictionTypeId = frictionType;
        c.teamIds = {teamA, teamB};
        c.raisedOn = QDate(2026, 3, 1);
        c.stageEnteredAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        cases.push_back(c);
        return cases.back();
    }
    void save()
    {
        for (FrictionCase& c : cases)
            QVERIFY(ws->repository<FrictionCase>().insert(c));
    }
    Id caseId(const char* title) const
    {
        for (const FrictionCase& c : cases)
            if (c.title == QLatin1String(title))
                return c.id;
        return 0;
    }
    void addDecision(Id caseId, int escalationDays, bool taken)
    {
        Decision d;
        d.caseId = caseId;
        d.ownerId = attendee;
        d.escalationToId = outsider;
        d.escalationAfterDays = escalationDays;
        if (taken) {
            d.text = QStringLiteral("Decided");
            d.decidedOn = QDate(2026, 6, 10);
        }
        QVERIFY(ws->repository<Decision>().insert(d));
    }
    void addAction(const char* title, Id owner, Id caseId, QDate due, ActionStatus status = ActionStatus::Open)
    {
        Action a;
        a.title = QString::fromUtf8(title);
        a.ownerId = owner;
        a.caseId = caseId;
        a.dueOn = due;
        a.status = status;
        QVERIFY(ws->repository<Action>().insert(a));
    }
    Metric metric(const char* code)
    {
        Filter filter;
        filter.where("code", QString::fromLatin1(code));
        return ws->repository<Metric>().list(filter).value(0);
    }
    void addValue(const char* code, const char* period, double value)
    {
        MetricValue v;
        v.metricId = metric(code).id;
        v.period = QString::fromLatin1(period);
        v.value = value;
        QVERIFY(ws->repository<MetricValue>().insert(v));
    }
    void addVersion(const char* code, QDate changedOn)
    {
        MetricVersion v;
        v.metricId = metric(code).id;
        v.version = 2;
        v.name = metric(code).name;
        v.reason = QStringLiteral("Count only accepted leads");
        v.changedAt = QDateTime(changedOn, QTime(10, 0), Qt::UTC);
        QVERIFY(ws->repository<MetricVersion>().insert(v));
    }

    test::TempWorkspace ws;
    OperatingRhythm rhythm;
    Id weekly = 0;
    Id teamA = 0;
    Id teamB = 0;
    Id attendee = 0;
    Id outsider = 0;
    Id frictionType = 0;
    std::deque<FrictionCase> cases; // references handed out stay valid as cases are added
};

using Setup = std::function<void(Scene&)>;

// How many agenda items of the kind name the subject: a case or action by title, a metric by code, or a title.
int countItems(Scene& scene, const QList<AgendaItem>& agenda, AgendaItemKind kind, const QString& subject)
{
    int n = 0;
    const Id metricId = scene.metric(subject.toLatin1().constData()).id;
    for (const AgendaItem& item : agenda) {
        if (item.kind != kind)
            continue;
        const bool names = item.title.contains(subject) || (metricId != 0 && item.metricId == metricId);
        n += names ? 1 : 0;
    }
    return n;
}

NpsAnswer nps(const char* period, int score, const char* doBetter = "")
{
    NpsAnswer a;
    a.period = QString::fromLatin1(period);
    a.account = QStringLiteral("Acme");
    a.score = score;
    a.doBetter = QString::fromUtf8(doBetter);
    return a;
}

std::optional<double> metricValue(Scene& scene, const char* code, const char* period)
{
    Filter filter;
    filter.where("metric_id", scene.metric(code).id).where("period", QString::fromLatin1(period));
    const QList<MetricValue> values = scene.ws->repository<MetricValue>().list(filter);
    if (values.isEmpty())
        return std::nullopt;
    return values.first().value;
}

bool push(Scene& scene, std::unique_ptr<QUndoCommand> command, const QString& error)
{
    if (!command) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    scene.ws->undoStack()->push(command.release());
    return true;
}

} // namespace

Q_DECLARE_METATYPE(Setup)

class TestReviewsCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agendaSource_data();
    void agendaSource();
    void agendaWithoutEarlierMeeting();
    void createMeetingWithAgendaUndoes();
    void proposedDate();
    void npsPeriodValue_data();
    void npsPeriodValue();
    void detractorsListed();
    void pulsePerTeamAndCompany();
    void supersession();
    void supersessionRefused_data();
    void supersessionRefused();
    void experimentRules_data();
    void experimentRules();
    void minutesMarkdown();
};

void TestReviewsCore::agendaSource_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<AgendaItemKind>("kind");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<int>("expected");

    const auto governed = [](const char* title, QDate nextReview, CaseStatus status = CaseStatus::Open) {
        return [=](Scene& s) {
            FrictionCase& c = s.addCase(title);
            c.rhythmId = s.rhythm.id;
            c.nextReviewOn = nextReview;
            c.status = status;
            s.save();
        };
    };
    QTest::addRow("standing items, blank lines skipped")
        << Setup([](Scene&) {}) << AgendaItemKind::Standing << QStringLiteral("Pulse results") << 1;
    QTest::addRow("governed case due for review") << Setup(governed("Leads go cold", QDate(2026, 6, 20)))
                                                  << AgendaItemKind::CaseReview << QStringLiteral("Leads go cold") << 1;
    QTest::addRow("governed case due on the meeting day")
        << Setup(governed("Leads go cold", MeetingOn)) << AgendaItemKind::CaseReview << QStringLiteral("Leads go cold")
        << 1;
    QTest::addRow("governed case with no review date yet")
        << Setup(governed("Leads go cold", QDate())) << AgendaItemKind::CaseReview << QStringLiteral("Leads go cold")
        << 1;
    QTest::addRow("governed case not yet due") << Setup(governed("Leads go cold", QDate(2026, 7, 30)))
                                               << AgendaItemKind::CaseReview << QStringLiteral("Leads go cold") << 0;
    QTest::addRow("closed case is not reviewed")
        << Setup(governed("Leads go cold", QDate(2026, 6, 1), CaseStatus::Closed)) << AgendaItemKind::CaseReview
        << QStringLiteral("Leads go cold") << 0;
    QTest::addRow("case of another rhythm") << Setup([](Scene& s) {
        FrictionCase& c = s.addCase("Weekly thing");
        c.rhythmId = s.weekly;
        c.nextReviewOn = QDate(2026, 6, 1);
        s.save();
    }) << AgendaItemKind::CaseReview << QStringLiteral("Weekly thing")
                                            << 0;

    const auto inDecide = [](int escalationDays, bool taken) {
        return [=](Scene& s) {
            FrictionCase& c = s.addCase("Who owns routing");
            c.stage = CaseStage::Decide;
            c.stageEnteredAt = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
            s.save();
            s.addDecision(s.caseId("Who owns routing"), escalationDays, taken);
        };
    };
    QTest::addRow("escalation due by the meeting")
        << Setup(inDecide(7, false)) << AgendaItemKind::Escalation << QStringLiteral("Who owns routing") << 1;
    QTest::addRow("escalation not yet due")
        << Setup(inDecide(30, false)) << AgendaItemKind::Escalation << QStringLiteral("Who owns routing") << 0;
    QTest::addRow("decision taken: nothing to escalate")
        << Setup(inDecide(7, true)) << AgendaItemKind::Escalation << QStringLiteral("Who owns routing") << 0;

    const auto action = [](bool byAttendee, ActionStatus status, QDate due) {
        return [=](Scene& s) {
            s.addCase("Unrelated");
            s.save();
            s.addAction("Fix the routing table", byAttendee ? s.attendee : s.outsider, s.caseId("Unrelated"), due,
                        status);
        };
    };
    QTest::addRow("overdue action owed by an attendee")
        << Setup(action(true, ActionStatus::InProgress, QDate(2026, 6, 1))) << AgendaItemKind::OverdueAction
        << QStringLiteral("Fix the routing table") << 1;
    QTest::addRow("overdue action of someone outside the rhythm")
        << Setup(action(false, ActionStatus::Open, QDate(2026, 6, 1))) << AgendaItemKind::OverdueAction
        << QStringLiteral("Fix the routing table") << 0;
    QTest::addRow("overdue action on a governed case, whoever owes it") << Setup([](Scene& s) {
        FrictionCase& c = s.addCase("Governed");
        c.rhythmId = s.rhythm.id;
        c.nextReviewOn = QDate(2026, 9, 1);
        s.save();
        s.addAction("Fix the routing table", s.outsider, s.caseId("Governed"), QDate(2026, 6, 1));
    }) << AgendaItemKind::OverdueAction << QStringLiteral("Fix the routing table")
                                                                        << 1;
    QTest::addRow("done action is not overdue")
        << Setup(action(true, ActionStatus::Done, QDate(2026, 6, 1))) << AgendaItemKind::OverdueAction
        << QStringLiteral("Fix the routing table") << 0;
    QTest::addRow("action due after the meeting")
        << Setup(action(true, ActionStatus::Open, QDate(2026, 6, 30))) << AgendaItemKind::OverdueAction
        << QStringLiteral("Fix the routing table") << 0;

    // NPS: higher is better, target 40, amber from 20. April closed before the last meeting, May before this one.
    const auto nps = [](double april, double may) {
        return [=](Scene& s) {
            s.addValue("nps", "2026-04", april);
            s.addValue("nps", "2026-05", may);
        };
    };
    QTest::addRow("metric turned red since the last meeting")
        << Setup(nps(45, 10)) << AgendaItemKind::MetricMovement << QStringLiteral("nps") << 1;
    QTest::addRow("metric turned amber since the last meeting")
        << Setup(nps(45, 30)) << AgendaItemKind::MetricMovement << QStringLiteral("nps") << 1;
    QTest::addRow("red metric got worse")
        << Setup(nps(15, 10)) << AgendaItemKind::MetricMovement << QStringLiteral("nps") << 1;
    QTest::addRow("red metric improving is not news")
        << Setup(nps(10, 15)) << AgendaItemKind::MetricMovement << QStringLiteral("nps") << 0;
    QTest::addRow("green metric is not on the agenda")
        << Setup(nps(10, 45)) << AgendaItemKind::MetricMovement << QStringLiteral("nps") << 0;
    QTest::addRow("red metric with no earlier value") << Setup([](Scene& s) { s.addValue("nps", "2026-05", 10); })
                                                      << AgendaItemKind::MetricMovement << QStringLiteral("nps") << 1;
    QTest::addRow("the open month does not count") << Setup([](Scene& s) {
        s.addValue("nps", "2026-05", 45);
        s.addValue("nps", "2026-06", 5);
    }) << AgendaItemKind::MetricMovement << QStringLiteral("nps")
                                                   << 0;

    QTest::addRow("definition changed since the last meeting")
        << Setup([](Scene& s) { s.addVersion("nps", QDate(2026, 6, 2)); }) << AgendaItemKind::DefinitionChange
        << QStringLiteral("nps") << 1;
    QTest::addRow("definition changed before the last meeting")
        << Setup([](Scene& s) { s.addVersion("nps", QDate(2026, 5, 20)); }) << AgendaItemKind::DefinitionChange
        << QStringLiteral("nps") << 0;

    const auto recurring = [](QDate raised) {
        return [=](Scene& s) {
            FrictionCase& earlier = s.addCase("Leads go cold, again");
            earlier.status = CaseStatus::Closed;
            earlier.closedOn = QDate(2026, 4, 1);
            FrictionCase& now = s.addCase("Leads go cold in June");
            now.raisedOn = raised;
            s.save();
        };
    };
    QTest::addRow("recurrence raised since the last meeting")
        << Setup(recurring(QDate(2026, 6, 2))) << AgendaItemKind::Recurrence << QStringLiteral("Leads go cold in June")
        << 1;
    QTest::addRow("recurrence already raised before the last meeting")
        << Setup(recurring(QDate(2026, 5, 20))) << AgendaItemKind::Recurrence << QStringLiteral("Leads go cold in June")
        << 0;
}

void TestReviewsCore::agendaSource()
{
    QFETCH(Setup, setup);
    QFETCH(AgendaItemKind, kind);
    QFETCH(QString, subject);
    QFETCH(int, expected);
    Scene scene;
    QVERIFY2(scene.ws.workspace, qPrintable(scene.ws.error));
    setup(scene);
    QString error;
    const QList<AgendaItem> agenda = AgendaBuilder::build(*scene.ws, scene.rhythm, MeetingOn, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(countItems(scene, agenda, kind, subject), expected);
    for (int i = 0; i < agenda.size(); ++i) {
        QCOMPARE(agenda.at(i).sortOrder, i);
        QCOMPARE(agenda.at(i).meetingId, Id(0));
    }
    // Standing items come first, in the rhythm's order.
    QCOMPARE(agenda.value(0).title, QStringLiteral("Scorecard walk"));
    QCOMPARE(agenda.value(1).title, QStringLiteral("Pulse results"));
}

void TestReviewsCore::agendaWithoutEarlierMeeting()
{
    Scene scene;
    scene.addVersion("nps", QDate(2026, 6, 2));
    scene.addValue("nps", "2026-04", 10);
    scene.addValue("nps", "2026-05", 15);
    OperatingRhythm fresh = scene.rhythm;
    fresh.id = 0;
    fresh.code.clear();
    QVERIFY(scene.ws->repository<OperatingRhythm>().insert(fresh));
    QString error;
    const QList<AgendaItem> agenda = AgendaBuilder::build(*scene.ws, fresh, MeetingOn, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // "Since the last meeting" falls back to one cadence step: the change of 2 June is news, and so is a red metric.
    QCOMPARE(countItems(scene, agenda, AgendaItemKind::DefinitionChange, QStringLiteral("nps")), 1);
    QCOMPARE(countItems(scene, agenda, AgendaItemKind::MetricMovement, QStringLiteral("nps")), 1);
}

void TestReviewsCore::createMeetingWithAgendaUndoes()
{
    Scene scene;
    QString error;
    const QList<AgendaItem> agenda = AgendaBuilder::build(*scene.ws, scene.rhythm, MeetingOn, &error);
    QVERIFY(!agenda.isEmpty());
    scene.ws->undoStack()->push(MeetingCommands::create(*scene.ws, scene.rhythm, MeetingOn, agenda).release());
    Filter planned;
    planned.where("status", MeetingStatus::Planned);
    const QList<ReviewMeeting> meetings = scene.ws->repository<ReviewMeeting>().list(planned);
    QCOMPARE(meetings.size(), 1);
    const ReviewMeeting meeting = meetings.first();
    QCOMPARE(meeting.heldOn, MeetingOn);
    QCOMPARE(meeting.facilitatorId, scene.attendee);
    QCOMPARE(meeting.attendeeIds, QList<Id>{scene.attendee});
    QVERIFY(meeting.title.startsWith(scene.rhythm.name));
    Filter ofMeeting;
    ofMeeting.where("meeting_id", meeting.id);
    const QList<AgendaItem> stored = scene.ws->repository<AgendaItem>().list(ofMeeting);
    QCOMPARE(stored.size(), agenda.size());
    QCOMPARE(stored.first().title, agenda.first().title);

    scene.ws->undoStack()->undo();
    QCOMPARE(scene.ws->repository<ReviewMeeting>().count(planned), 0);
    QCOMPARE(scene.ws->repository<AgendaItem>().count(), 0);
    scene.ws->undoStack()->redo();
    QCOMPARE(scene.ws->repository<ReviewMeeting>().find(meeting.id), std::optional(meeting));
    QCOMPARE(scene.ws->repository<AgendaItem>().list(ofMeeting), stored);
}

void TestReviewsCore::proposedDate()
{
    Scene scene;
    // A cadence step after the latest meeting (28 May → 28 June), and never before today (15 June).
    QCOMPARE(AgendaBuilder::proposedDate(*scene.ws, scene.rhythm, nullptr), QDate(2026, 6, 28));
    OperatingRhythm quiet = scene.rhythm;
    quiet.id = 0;
    quiet.code.clear();
    scene.ws->repository<OperatingRhythm>().insert(quiet);
    QCOMPARE(AgendaBuilder::proposedDate(*scene.ws, quiet, nullptr), QDate(2026, 6, 15));
    QCOMPARE(AgendaBuilder::nextDate(Cadence::Weekly, QDate(2026, 6, 1)), QDate(2026, 6, 8));
    QCOMPARE(AgendaBuilder::nextDate(Cadence::Quarterly, QDate(2026, 1, 31)), QDate(2026, 4, 30));
}

void TestReviewsCore::npsPeriodValue_data()
{
    QTest::addColumn<QList<int>>("scores");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<double>("value");
    QTest::addRow("no answers: no value") << QList<int>{} << false << 0.0;
    QTest::addRow("all passives: zero, not empty") << QList<int>{7, 8, 8} << true << 0.0;
    QTest::addRow("one detractor alone") << QList<int>{0} << true << -100.0;
    QTest::addRow("two promoters, one passive, one detractor") << QList<int>{10, 9, 7, 3} << true << 25.0;
}

void TestReviewsCore::npsPeriodValue()
{
    QFETCH(QList<int>, scores);
    QFETCH(bool, hasValue);
    QFETCH(double, value);
    Scene scene;
    for (int score : scores) {
        QString error;
        QVERIFY(push(scene, AnswerCommands::addNps(*scene.ws, nps("2026-05", score), &error), error));
    }
    // Another month's answers do not count.
    QString error;
    QVERIFY(push(scene, AnswerCommands::addNps(*scene.ws, nps("2026-04", 10), &error), error));
    QCOMPARE(metricValue(scene, "nps", "2026-05").has_value(), hasValue);
    if (hasValue)
        QCOMPARE(*metricValue(scene, "nps", "2026-05"), value);
    QCOMPARE(*metricValue(scene, "nps", "2026-04"), 100.0);

    // Undo takes the answer and the value back together.
    scene.ws->undoStack()->undo();
    QVERIFY(!metricValue(scene, "nps", "2026-04"));
    QCOMPARE(metricValue(scene, "nps", "2026-05").has_value(), hasValue);

    QVERIFY(!AnswerCommands::addNps(*scene.ws, nps("2026-05", 11), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!AnswerCommands::addNps(*scene.ws, nps("May", 5), &error));
    QVERIFY(!error.isEmpty());
}

void TestReviewsCore::detractorsListed()
{
    Scene scene;
    for (const NpsAnswer& a : {nps("2026-05", 9), nps("2026-05", 6, "Faster support"), nps("2026-05", 2),
                               nps("2026-05", 2, "Fewer invoices"), nps("2026-05", 7, "Docs")}) {
        QString error;
        QVERIFY(push(scene, AnswerCommands::addNps(*scene.ws, a, &error), error));
    }
    const QList<NpsAnswer> list = AnswerCommands::detractors(scene.ws->repository<NpsAnswer>().list());
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).doBetter, QStringLiteral("Fewer invoices"));
    QCOMPARE(list.at(1).score, 2);
    QCOMPARE(list.at(2).doBetter, QStringLiteral("Faster support"));
    QCOMPARE(*metricValue(scene, "nps", "2026-05"), -40.0);

    // Removing an answer recomputes the period.
    QString error;
    QVERIFY(push(scene, AnswerCommands::removeNps(*scene.ws, list.at(0).id, &error), error));
    QCOMPARE(*metricValue(scene, "nps", "2026-05"), -25.0);
}

void TestReviewsCore::pulsePerTeamAndCompany()
{
    Scene scene;
    const Id third = scene.addPerson("Tess Third", scene.teamA);
    struct Answer
    {
        Id person;
        Id team;
        const char* period;
        PulseRating rating;
    };
    const Answer answers[] = {
        {scene.attendee, scene.teamA, "2026-05", PulseRating::Better},
        {third, scene.teamA, "2026-05", PulseRating::Worse},
        {scene.outsider, scene.teamB, "2026-05", PulseRating::Better},
        {scene.attendee, scene.teamA, "2026-04", PulseRating::Same},
    };
    for (const Answer& a : answers) {
        PulseEntry e;
        e.personId = a.person;
        e.teamId = a.team;
        e.period = QString::fromLatin1(a.period);
        e.rating = a.rating;
        e.oneThing = QStringLiteral("Share the pipeline review notes");
        QString error;
        QVERIFY(push(scene, AnswerCommands::addPulse(*scene.ws, e, &error), error));
    }
    // Company-wide: 2 better, 1 worse of 3 in May.
    QCOMPARE(qRound(*metricValue(scene, "pulse_score", "2026-05")), 33);
    QCOMPARE(*metricValue(scene, "pulse_score", "2026-04"), 0.0);
    const QList<PulseSummary> perTeam = PulseSummary::byTeamAndPeriod(scene.ws->repository<PulseEntry>().list());
    QCOMPARE(perTeam.size(), 3);
    for (const PulseSummary& s : perTeam) {
        if (s.period == QLatin1String("2026-05") && s.teamId == scene.teamA) {
            QCOMPARE(s.answers(), 2);
            QCOMPARE(*s.score, 0.0);
        } else if (s.period == QLatin1String("2026-05")) {
            QCOMPARE(*s.score, 100.0);
        }
    }
    QVERIFY(!AnswerCommands::pulseScore({}));
    PulseEntry nobody;
    nobody.period = QStringLiteral("2026-05");
    QString error;
    QVERIFY(!AnswerCommands::addPulse(*scene.ws, nobody, &error));
    QVERIFY(!error.isEmpty());
}

void TestReviewsCore::supersession()
{
    Scene scene;
    scene.addCase("Routing");
    scene.save();
    Decision first;
    first.caseId = scene.caseId("Routing");
    first.ownerId = scene.attendee;
    first.text = QStringLiteral("Route by territory");
    QString error;
    QVERIFY(push(scene, DecisionCommands::record(*scene.ws, first, &error), error));
    const Decision stored = scene.ws->repository<Decision>().list().value(0);
    QCOMPARE(stored.status, DecisionStatus::InForce);
    QCOMPARE(stored.decidedOn, QDate(2026, 6, 15));

    // Taken in last month's meeting and typed up today, a decision dates from the meeting; noted ahead of a
    // planned one, from today.
    Filter last;
    last.where("held_on", LastMeetingOn);
    const Id lastMeeting = scene.ws->repository<ReviewMeeting>().list(last).value(0).id;
    QVERIFY(lastMeeting != 0);
    for (const auto& [meetingOn, expected] :
         {std::pair{LastMeetingOn, LastMeetingOn}, std::pair{MeetingOn, QDate(2026, 6, 15)}}) {
        ReviewMeeting meeting = *scene.ws->repository<ReviewMeeting>().find(lastMeeting);
        meeting.heldOn = meetingOn;
        QVERIFY(scene.ws->repository<ReviewMeeting>().update(meeting));
        Decision inMeeting = first;
        inMeeting.meetingId = lastMeeting;
        QVERIFY(push(scene, DecisionCommands::record(*scene.ws, inMeeting, &error), error));
        QCOMPARE(scene.ws->repository<Decision>().list(Filter().order("id DESC")).value(0).decidedOn, expected);
        scene.ws->undoStack()->undo();
    }

    Decision second;
    second.ownerId = scene.outsider;
    second.text = QStringLiteral("Route by account owner first");
    QVERIFY(push(scene, DecisionCommands::supersede(*scene.ws, stored.id, second, &error), error));
    const QList<Decision> all = scene.ws->repository<Decision>().list();
    QCOMPARE(all.size(), 2);
    const Decision old = *scene.ws->repository<Decision>().find(stored.id);
    const Id newId = DecisionCommands::supersededBy(all, stored.id);
    const Decision replacement = *scene.ws->repository<Decision>().find(newId);
    QCOMPARE(old.status, DecisionStatus::Superseded);
    QCOMPARE(replacement.status, DecisionStatus::InForce);
    QCOMPARE(replacement.supersedesId, stored.id);
    QCOMPARE(replacement.caseId, stored.caseId);
    QCOMPARE(DecisionCommands::supersededBy(all, newId), Id(0));

    scene.ws->undoStack()->undo();
    QCOMPARE(scene.ws->repository<Decision>().count(), 1);
    QCOMPARE(scene.ws->repository<Decision>().find(stored.id)->status, DecisionStatus::InForce);
    scene.ws->undoStack()->redo();

    QVERIFY(push(scene, DecisionCommands::reverse(*scene.ws, newId, &error), error));
    QCOMPARE(scene.ws->repository<Decision>().find(newId)->status, DecisionStatus::Reversed);
}

void TestReviewsCore::supersessionRefused_data()
{
    QTest::addColumn<DecisionStatus>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hasOwner");
    QTest::addRow("already superseded") << DecisionStatus::Superseded << QStringLiteral("New") << true;
    QTest::addRow("already reversed") << DecisionStatus::Reversed << QStringLiteral("New") << true;
    QTest::addRow("replacement without text") << DecisionStatus::InForce << QStringLiteral("  ") << true;
    QTest::addRow("replacement without owner") << DecisionStatus::InForce << QStringLiteral("New") << false;
}

void TestReviewsCore::supersessionRefused()
{
    QFETCH(DecisionStatus, status);
    QFETCH(QString, text);
    QFETCH(bool, hasOwner);
    Scene scene;
    Decision old;
    old.ownerId = scene.attendee;
    old.text = QStringLiteral("Old");
    old.status = status;
    QVERIFY(scene.ws->repository<Decision>().insert(old));
    Decision replacement;
    replacement.text = text;
    replacement.ownerId = hasOwner ? scene.attendee : 0;
    QString error;
    QVERIFY(!DecisionCommands::supersede(*scene.ws, old.id, replacement, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(scene.ws->repository<Decision>().count(), 1);
}

void TestReviewsCore::experimentRules_data()
{
    QTest::addColumn<int>("alreadyAgreed");
    QTest::addColumn<QString>("hypothesis");
    QTest::addColumn<bool>("hasOwner");
    QTest::addColumn<bool>("hasMetric");
    QTest::addColumn<QDate>("endOn");
    QTest::addColumn<bool>("accepted");
    const QString h = QStringLiteral("If SDRs call the same day, meetings double");
    const QDate end(2026, 7, 31);
    QTest::addRow("first experiment") << 0 << h << true << true << end << true;
    QTest::addRow("second experiment") << 1 << h << true << true << end << true;
    QTest::addRow("a third is refused") << 2 << h << true << true << end << false;
    QTest::addRow("no hypothesis") << 0 << QStringLiteral(" ") << true << true << end << false;
    QTest::addRow("no owner") << 0 << h << false << true << end << false;
    QTest::addRow("no metric") << 0 << h << true << false << end << false;
    QTest::addRow("no end date") << 0 << h << true << true << QDate() << false;
    QTest::addRow("ends before it starts") << 0 << h << true << true << QDate(2026, 6, 1) << false;
}

void TestReviewsCore::experimentRules()
{
    QFETCH(int, alreadyAgreed);
    QFETCH(QString, hypothesis);
    QFETCH(bool, hasOwner);
    QFETCH(bool, hasMetric);
    QFETCH(QDate, endOn);
    QFETCH(bool, accepted);
    Scene scene;
    const Id meetingId = scene.ws->repository<ReviewMeeting>().list().value(0).id;
    Experiment e;
    e.meetingId = meetingId;
    e.hypothesis = hypothesis;
    e.ownerId = hasOwner ? scene.attendee : 0;
    e.metricId = hasMetric ? scene.metric("nps").id : 0;
    e.endOn = endOn;
    for (int i = 0; i < alreadyAgreed; ++i) {
        Experiment earlier = e;
        earlier.hypothesis = QStringLiteral("Earlier %1").arg(i);
        earlier.ownerId = scene.attendee;
        earlier.metricId = scene.metric("nps").id;
        earlier.endOn = QDate(2026, 7, 1);
        QVERIFY(scene.ws->repository<Experiment>().insert(earlier));
    }
    QString error;
    auto command = MeetingCommands::addExperiment(*scene.ws, e, &error);
    QCOMPARE(bool(command), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (!accepted)
        return;
    scene.ws->undoStack()->push(command.release());
    Filter ofMeeting;
    ofMeeting.where("meeting_id", meetingId);
    const QList<Experiment> stored = scene.ws->repository<Experiment>().list(ofMeeting);
    QCOMPARE(stored.size(), alreadyAgreed + 1);
    QCOMPARE(stored.last().startOn, QDate(2026, 6, 15));
    QCOMPARE(stored.last().status, ExperimentStatus::Running);
}

void TestReviewsCore::minutesMarkdown()
{
    Scene scene;
    FrictionCase& c = scene.addCase("Leads go *cold*");
    c.rhythmId = scene.rhythm.id;
    scene.save();
    QString error;
    const QList<AgendaItem> agenda = AgendaBuilder::build(*scene.ws, scene.rhythm, MeetingOn, &error);
    scene.ws->undoStack()->push(MeetingCommands::create(*scene.ws, scene.rhythm, MeetingOn, agenda).release());
    Filter planned;
    planned.where("status", MeetingStatus::Planned);
    ReviewMeeting meeting = scene.ws->repository<ReviewMeeting>().list(planned).value(0);
    meeting.minutes = QStringLiteral("Walked the scorecard.");
    scene.ws->repository<ReviewMeeting>().update(meeting);
    AgendaItem first = scene.ws->repository<AgendaItem>().list().value(0);
    first.done = true;
    scene.ws->repository<AgendaItem>().update(first);
    Decision d;
    d.meetingId = meeting.id;
    d.caseId = scene.caseId("Leads go *cold*");
    d.ownerId = scene.attendee;
    d.text = QStringLiteral("SDRs call within an hour");
    QVERIFY(push(scene, DecisionCommands::record(*scene.ws, d, &error), error));
    Experiment e;
    e.meetingId = meeting.id;
    e.hypothesis = QStringLiteral("Same-day calls double meetings");
    e.ownerId = scene.outsider;
    e.metricId = scene.metric("nps").id;
    e.endOn = QDate(2026, 7, 31);
    scene.ws->repository<Experiment>().insert(e);
    // The pulse taken in the meeting; one from another meeting stays out of these minutes.
    for (const auto& [person, team, rating, thing, meetingId] :
         {std::tuple{scene.attendee, scene.teamA, PulseRating::Better, "Share the *routing* table", meeting.id},
          std::tuple{scene.outsider, scene.teamA, PulseRating::Worse, "", meeting.id},
          std::tuple{scene.outsider, scene.teamB, PulseRating::Same, "Fewer decks", meeting.id},
          std::tuple{scene.attendee, scene.teamB, PulseRating::Worse, "Not this one", Id(0)}}) {
        PulseEntry entry;
        entry.meetingId = meetingId;
        entry.period = QStringLiteral("2026-06");
        entry.personId = person;
        entry.teamId = team;
        entry.rating = rating;
        entry.oneThing = QString::fromUtf8(thing);
        QVERIFY(push(scene, AnswerCommands::addPulse(*scene.ws, entry, &error), error));
    }
    const QString teamA = scene.ws->repository<Team>().find(scene.teamA)->name;
    const QString teamB = scene.ws->repository<Team>().find(scene.teamB)->name;

    const auto minutes = MeetingMinutes::build(*scene.ws, meeting.id, &error);
    QVERIFY2(minutes, qPrintable(error));
    const QString md = minutes->toMarkdown();
    QVERIFY(md.startsWith(QStringLiteral("# ") + meeting.title + QLatin1Char('\n')));
    QVERIFY(md.contains(QStringLiteral("- [x] Standing item — Scorecard walk")));
    QVERIFY(md.contains(QStringLiteral("- [ ] Case review — Leads go \\*cold\\*")));
    QVERIFY(md.contains(QStringLiteral("**Facilitator:** Ada Attendee")));
    QVERIFY(md.contains(QStringLiteral("- SDRs call within an hour")));
    QVERIFY(md.contains(QStringLiteral("Owner: Ada Attendee · Decided: ")));
    QVERIFY(md.contains(QStringLiteral("Case: Leads go \\*cold\\*")));
    QVERIFY(md.contains(QStringLiteral("- Same-day calls double meetings")));
    QVERIFY(md.contains(QStringLiteral("Owner: Otto Outsider · Metric: Net Promoter Score")));
    const QString pulse = md.section(QStringLiteral("## Pulse\n\n"), 1).section(QStringLiteral("\n## Minutes"), 0, 0);
    QVERIFY2(pulse.contains(QStringLiteral("- %1: 1 better, 0 same, 1 worse (score 0)\n").arg(teamA)), qPrintable(md));
    QVERIFY2(pulse.contains(QStringLiteral("- %1: 0 better, 1 same, 0 worse (score 0)\n").arg(teamB)), qPrintable(md));
    QVERIFY2(pulse.endsWith(QStringLiteral("- To improve: Share the \\*routing\\* table (Ada Attendee)\n"
                                           "- To improve: Fewer decks (Otto Outsider)\n")),
             qPrintable(md));
    QVERIFY(!md.contains(QStringLiteral("Not this one")));
    QVERIFY(md.trimmed().endsWith(QStringLiteral("Walked the scorecard.")));

    // Without a pulse taken in the meeting, its minutes leave the section out.
    Filter inMeeting;
    inMeeting.where("meeting_id", meeting.id);
    for (const PulseEntry& entry : scene.ws->repository<PulseEntry>().list(inMeeting))
        QVERIFY(push(scene, AnswerCommands::removePulse(*scene.ws, entry.id, &error), error));
    QVERIFY(!MeetingMinutes::build(*scene.ws, meeting.id, &error)->toMarkdown().contains(QStringLiteral("## Pulse")));
}

QTEST_GUILESS_MAIN(TestReviewsCore)
#include "tst_reviews_core.moc"
