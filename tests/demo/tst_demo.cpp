#include "TestSupport.h"
#include "demo/DemoWorkspace.h"
#include "domain/Action.h"
#include "domain/AgendaItem.h"
#include "domain/AlignmentArea.h"
#include "domain/CaseRootCause.h"
#include "domain/CrmRecord.h"
#include "domain/Decision.h"
#include "domain/Experiment.h"
#include "domain/FrictionCase.h"
#include "domain/FrictionType.h"
#include "domain/Metric.h"
#include "domain/MetricValue.h"
#include "domain/NpsAnswer.h"
#include "domain/Person.h"
#include "domain/PulseEntry.h"
#include "domain/ReviewMeeting.h"
#include "domain/StageChange.h"
#include "domain/Team.h"
#include "playbook/CaseFile.h"
#include "playbook/Recurrence.h"
#include "playbook/StageGate.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <memory>

using namespace accord;

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void companyIsSet();
    void teamsHaveLeaders();
    void casesCoverEveryStage_data();
    void casesCoverEveryStage();
    void casesCoverEveryFrictionType_data();
    void casesCoverEveryFrictionType();
    void casesHaveWhatTheirStagesRecorded();
    void casesMeetTheGatesOfTheStagesTheyPassed();
    void aNewCaseRecursAfterAClosedOne();
    void casesPastDecideHaveADecisionInForce();
    void oneDecisionSupersedesAnother();
    void oneCaseWaitsInDecidePastItsEscalation();
    void actionsIncludeOverdueAndDone();
    void meetingsHaveAgendasExperimentsAndAPlannedReview();
    void pulseAndNpsAnswersExist();
    void crmRecordsSpanSixMonths();
    void manualMetricsHaveSixPeriods();
    void alignmentAreasHaveOwners();
    void sameDayGivesSameDemo();
    void missingCatalogueEntryIsReported();

private:
    template <typename T> QList<T> all(const Filter& filter = {})
    {
        QString error;
        const QList<T> rows = m_demo->workspace->repository<T>().list(filter, &error);
        [&] { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
        return rows;
    }
    QList<FrictionCase> activeCases() { return all<FrictionCase>(Filter().where("archived", false)); }
    QDate today() const { return m_demo->clock.today(); }

    std::unique_ptr<test::TempWorkspace> m_demo;
};

void TestDemo::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_demo = std::make_unique<test::TempWorkspace>(Workspace::Content::Demo);
    qInfo("Creating the demo workspace took %lld ms", timer.elapsed());
    QVERIFY2(m_demo->workspace, qPrintable(m_demo->error));
}

void TestDemo::companyIsSet()
{
    QCOMPARE(m_demo->workspace->info(QStringLiteral("company")), QStringLiteral("Lumenfield Data"));
    QCOMPARE(m_demo->workspace->info(QStringLiteral("currency")), QStringLiteral("USD"));
}

void TestDemo::teamsHaveLeaders()
{
    const QList<Person> people = all<Person>();
    QVERIFY(people.size() >= 18);
    QSet<Id> teamsWithPeople;
    for (const Person& person : people) {
        QVERIFY(person.email.contains(QLatin1Char('@')));
        teamsWithPeople.insert(person.teamId);
    }
    for (const Team& team : all<Team>()) {
        QVERIFY2(team.leaderId != 0, qPrintable(team.code));
        QVERIFY2(teamsWithPeople.contains(team.id), qPrintable(team.code));
    }
}

void TestDemo::casesCoverEveryStage_data()
{
    QTest::addColumn<CaseStage>("stage");
    for (CaseStage stage : enumValues<CaseStage>())
        QTest::addRow("%s", qPrintable(enumCode(stage))) << stage;
}

void TestDemo::casesCoverEveryStage()
{
    QFETCH(CaseStage, stage);
    QVERIFY(activeCases().size() >= 12);
    QVERIFY(!all<FrictionCase>(Filter().where("archived", false).where("stage", stage)).isEmpty());
}

void TestDemo::casesCoverEveryFrictionType_data()
{
    QTest::addColumn<QString>("code");
    for (const char* code : {"marketing_sales", "sales_revops", "marketing_revops", "sales_cs", "pmm_sales",
                             "leadership_gtm", "cs_product"})
        QTest::addRow("%s", code) << QString::fromLatin1(code);
}

void TestDemo::casesCoverEveryFrictionType()
{
    QFETCH(QString, code);
    const QList<FrictionType> types = all<FrictionType>(Filter().where("code", code));
    QCOMPARE(types.size(), 1);
    QVERIFY(
        !all<FrictionCase>(Filter().where("archived", false).where("friction_type_id", types.first().id)).isEmpty());
}

void TestDemo::casesHaveWhatTheirStagesRecorded()
{
    bool dataTrustCase = false;
    bool closedCase = false;
    for (const FrictionCase& c : activeCases()) {
        QVERIFY2(c.teamIds.size() >= 2, qPrintable(c.title));
        QVERIFY2(c.impactedMetricId != 0 && c.raisedById != 0 && c.raisedOn <= today(), qPrintable(c.title));
        QVERIFY2(c.severity >= 1 && c.severity <= 4, qPrintable(c.title));
        const QList<StageChange> history = all<StageChange>(Filter().where("case_id", c.id));
        QCOMPARE(history.size(), int(c.stage));
        if (c.stage >= CaseStage::Align)
            QVERIFY2(!all<CaseRootCause>(Filter().where("case_id", c.id)).isEmpty(), qPrintable(c.title));
        if (c.stage >= CaseStage::Decide)
            QVERIFY2(c.sharedOutcomeId != 0 && c.kpiMetricId != 0 && c.kpiTarget, qPrintable(c.title));
        if (c.stage >= CaseStage::Govern)
            QVERIFY2(c.rhythmId != 0, qPrintable(c.title));
        if (c.stage == CaseStage::Learn)
            QVERIFY2(!c.whatWorked.isEmpty() && !c.kpiMovement.isEmpty(), qPrintable(c.title));
        dataTrustCase = dataTrustCase || c.dataTrustSignalIds.size() >= 2;
        closedCase = closedCase || (c.status == CaseStatus::Closed && c.closedOn.isValid());
    }
    QVERIFY(dataTrustCase);
    QVERIFY(closedCase);
    QCOMPARE(all<FrictionCase>(Filter().where("archived", true)).size(), 1);
}

void TestDemo::casesMeetTheGatesOfTheStagesTheyPassed()
{
    for (const FrictionCase& c : activeCases()) {
        QString error;
        const auto file = CaseFile::load(*m_demo->workspace, c.id, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY2(!file->frictionCase.mechanism.isEmpty(), qPrintable(c.title));
        for (int stage = 0; stage < int(c.stage); ++stage) {
            const QStringList missing = StageGate::missing(CaseStage(stage), *file);
            QVERIFY2(missing.isEmpty(), qPrintable(c.title + QLatin1String(": ") + missing.join(QLatin1Char(' '))));
        }
    }
}

void TestDemo::aNewCaseRecursAfterAClosedOne()
{
    int recurrences = 0;
    for (const FrictionCase& c :
         all<FrictionCase>(Filter().where("stage", CaseStage::Surface).where("archived", false))) {
        QString error;
        recurrences +=
            int(Recurrence::find(*m_demo->workspace, c, today(), Recurrence::DefaultWindowDays, &error).size());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QCOMPARE(recurrences, 1);
}

void TestDemo::casesPastDecideHaveADecisionInForce()
{
    for (const FrictionCase& c : activeCases()) {
        if (c.stage <= CaseStage::Decide)
            continue;
        const QList<Decision> inForce =
            all<Decision>(Filter().where("case_id", c.id).where("status", DecisionStatus::InForce));
        QVERIFY2(inForce.size() == 1, qPrintable(c.title));
        QVERIFY2(inForce.first().ownerId != 0 && inForce.first().decidedOn.isValid(), qPrintable(c.title));
        QVERIFY2(inForce.first().decidedOn <= today(), qPrintable(c.title));
    }
}

void TestDemo::oneDecisionSupersedesAnother()
{
    const QList<Decision> superseded = all<Decision>(Filter().where("status", DecisionStatus::Superseded));
    QCOMPARE(superseded.size(), 1);
    const QList<Decision> successors = all<Decision>(Filter().where("supersedes_id", superseded.first().id));
    QCOMPARE(successors.size(), 1);
    QCOMPARE(successors.first().status, DecisionStatus::InForce);
    QVERIFY(successors.first().decidedOn > superseded.first().decidedOn);
    QVERIFY(!all<Decision>(Filter().where("meeting_id", 0, ">")).isEmpty());
}

void TestDemo::oneCaseWaitsInDecidePastItsEscalation()
{
    int due = 0;
    for (const FrictionCase& c : all<FrictionCase>(Filter().where("stage", CaseStage::Decide))) {
        QString error;
        const auto file = CaseFile::load(*m_demo->workspace, c.id, &error);
        QVERIFY2(file && file->decision, qPrintable(error));
        QCOMPARE(file->decision->status, DecisionStatus::Proposed);
        due += StageGate::escalationDue(*file, m_demo->clock.now());
    }
    QCOMPARE(due, 1);
}

void TestDemo::actionsIncludeOverdueAndDone()
{
    const QList<Action> actions = all<Action>();
    QVERIFY(actions.size() >= 10);
    int overdue = 0;
    int done = 0;
    for (const Action& action : actions) {
        QVERIFY(action.ownerId != 0 && action.dueOn.isValid());
        overdue += StageGate::isOverdue(action, today());
        done += action.status == ActionStatus::Done && action.doneOn.isValid() && action.doneOn <= today();
    }
    QVERIFY(overdue >= 1);
    QVERIFY(done >= 1);
}

void TestDemo::meetingsHaveAgendasExperimentsAndAPlannedReview()
{
    const QList<ReviewMeeting> held = all<ReviewMeeting>(Filter().where("status", MeetingStatus::Held));
    QVERIFY(held.size() >= 20);
    for (const ReviewMeeting& meeting : held) {
        QVERIFY(meeting.heldOn < today());
        QVERIFY(!meeting.attendeeIds.isEmpty() && !meeting.minutes.isEmpty());
        QVERIFY(!all<AgendaItem>(Filter().where("meeting_id", meeting.id)).isEmpty());
    }
    const QList<ReviewMeeting> planned = all<ReviewMeeting>(Filter().where("status", MeetingStatus::Planned));
    QCOMPARE(planned.size(), 1);
    QVERIFY(planned.first().heldOn >= today());
    QSet<AgendaItemKind> kinds;
    for (const AgendaItem& item : all<AgendaItem>())
        kinds.insert(item.kind);
    QVERIFY(kinds.size() >= 4);
    QVERIFY(all<Experiment>().size() >= 6);
}

void TestDemo::pulseAndNpsAnswersExist()
{
    QVERIFY(all<PulseEntry>().size() >= 100);
    const QList<NpsAnswer> answers = all<NpsAnswer>();
    QHash<QString, int> perPeriod;
    for (const NpsAnswer& answer : answers) {
        QVERIFY(answer.score >= 0 && answer.score <= 10);
        ++perPeriod[answer.period];
    }
    QCOMPARE(perPeriod.size(), 6);
    for (int count : std::as_const(perPeriod))
        QVERIFY(count >= 30 && count <= 60);
}

void TestDemo::crmRecordsSpanSixMonths()
{
    auto records = m_demo->workspace->repository<CrmRecord>();
    const int leads = records.count(Filter().where("kind", CrmRecordKind::Lead));
    const int opportunities = records.count(Filter().where("kind", CrmRecordKind::Opportunity));
    qInfo("Demo CRM records: %d leads, %d opportunities", leads, opportunities);
    QVERIFY(leads >= 2000);
    QVERIFY(opportunities >= 200);
    QSet<QString> months;
    QSet<QString> leadIds;
    for (const CrmRecord& lead : all<CrmRecord>(Filter().where("kind", CrmRecordKind::Lead))) {
        months.insert(lead.createdAt.toString(QStringLiteral("yyyy-MM")));
        leadIds.insert(lead.externalId);
        QVERIFY(lead.createdAt <= m_demo->clock.now());
    }
    QVERIFY(months.size() >= 6);
    QVERIFY(records.count(Filter().where("reject_reason", QString(), "<>")) > 0);
    for (const CrmRecord& opportunity : all<CrmRecord>(Filter().where("kind", CrmRecordKind::Opportunity)))
        QVERIFY(leadIds.contains(opportunity.parentExternalId));
}

void TestDemo::manualMetricsHaveSixPeriods()
{
    const QList<Metric> manual = all<Metric>(Filter().where("source", MetricSource::Manual));
    QVERIFY(!manual.isEmpty());
    for (const Metric& metric : manual) {
        QSet<QString> periods;
        for (const MetricValue& value : all<MetricValue>(Filter().where("metric_id", metric.id)))
            periods.insert(value.period);
        QVERIFY2(periods.size() == 6, qPrintable(metric.code));
    }
}

void TestDemo::alignmentAreasHaveOwners()
{
    const QList<AlignmentArea> agreed = all<AlignmentArea>(Filter().where("status", AlignmentStatus::Agreed));
    QVERIFY(!agreed.isEmpty());
    for (const AlignmentArea& area : agreed)
        QVERIFY2(area.ownerId != 0, qPrintable(area.code));
}

void TestDemo::sameDayGivesSameDemo()
{
    test::TempWorkspace other(Workspace::Content::Demo);
    QVERIFY2(other.workspace, qPrintable(other.error));
    const auto titles = [](Workspace& workspace) {
        QStringList result;
        for (const FrictionCase& c : workspace.repository<FrictionCase>().list())
            result << c.title + QLatin1Char('|') + enumCode(c.stage) + QLatin1Char('|') + c.raisedOn.toString();
        return result;
    };
    QCOMPARE(titles(*other), titles(*m_demo->workspace));
    QCOMPARE(other->repository<CrmRecord>().count(), m_demo->workspace->repository<CrmRecord>().count());
    QCOMPARE(other->repository<NpsAnswer>().list(), m_demo->workspace->repository<NpsAnswer>().list());
}

void TestDemo::missingCatalogueEntryIsReported()
{
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    const QList<Team> revops = ws->repository<Team>().list(Filter().where("code", QStringLiteral("revops")));
    QCOMPARE(revops.size(), 1);
    QVERIFY(ws->repository<Team>().remove(revops.first().id));
    QString error;
    QVERIFY(!DemoWorkspace::populate(*ws, &error));
    QVERIFY2(error.contains(QLatin1String("revops")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
