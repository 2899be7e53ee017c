#include "playbook/StageGate.h"

#include <QTest>

#include <functional>

using namespace accord;

Q_DECLARE_METATYPE(accord::CaseStage)

namespace {

using Edit = std::function<void(CaseFile&)>;

// A case file in which every step is complete; each test row breaks one thing.
CaseFile completeFile()
{
    CaseFile f;
    FrictionCase& c = f.frictionCase;
    c.id = 1;
    c.title = QStringLiteral("Sales rejects half of the MQLs");
    c.frictionTypeId = 1;
    c.teamIds = {1, 2};
    c.impactedMetricId = 3;
    c.severity = 3;
    c.looksLike = QStringLiteral("Reps say the leads are junk");
    c.blockedDecision = QStringLiteral("Next quarter's campaign budget");
    c.funnelStageId = 2;
    c.revenueAtRisk = 250000;
    f.rootCauses = {{1, 1, 4, QStringLiteral("No written MQL criteria"), 0}};
    c.sharedOutcomeId = 1;
    c.kpiMetricId = 3;
    c.kpiBaseline = 0.0;
    c.kpiTarget = 0.3;
    c.kpiTargetDate = QDate(2026, 12, 31);
    Decision d;
    d.ownerId = 7;
    d.contributorIds = {8, 9};
    d.criteria = QStringLiteral("Conversion and rep capacity");
    d.escalationToId = 10;
    d.escalationAfterDays = 14;
    d.text = QStringLiteral("Adopt the shared MQL definition");
    d.decidedOn = QDate(2026, 6, 1);
    f.decision = d;
    Action a;
    a.title = QStringLiteral("Publish MQL criteria");
    a.ownerId = 7;
    a.dueOn = QDate(2026, 7, 1);
    f.actions = {a};
    c.rhythmId = 2;
    c.nextReviewOn = QDate(2026, 7, 15);
    c.whatWorked = QStringLiteral("One definition");
    c.whatRecurred = QStringLiteral("Routing gaps");
    c.evidence = QStringLiteral("Acceptance rate up");
    c.kpiMovement = QStringLiteral("From 18% to 27%");
    return f;
}

} // namespace

class TestStageGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeFileHasNoGaps_data();
    void completeFileHasNoGaps();
    void eachGapBlocks_data();
    void eachGapBlocks();
    void recommendationsNeverBlock_data();
    void recommendationsNeverBlock();
    void nextStep();
    void dataTrust_data();
    void dataTrust();
    void escalation_data();
    void escalation();
    void overdue_data();
    void overdue();
};

void TestStageGate::completeFileHasNoGaps_data()
{
    QTest::addColumn<CaseStage>("stage");
    for (CaseStage stage : enumValues<CaseStage>())
        QTest::addRow("%s", qPrintable(enumCode(stage))) << stage;
}

void TestStageGate::completeFileHasNoGaps()
{
    QFETCH(CaseStage, stage);
    const CaseFile file = completeFile();
    QVERIFY2(StageGate::isComplete(stage, file), qPrintable(StageGate::missing(stage, file).join(u'\n')));
}

void TestStageGate::eachGapBlocks_data()
{
    QTest::addColumn<CaseStage>("stage");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("sentence");
    const auto S = CaseStage::Surface;
    QTest::addRow("surface: blank title") << S << Edit([](CaseFile& f) { f.frictionCase.title = QStringLiteral("  "); })
                                          << QStringLiteral("title");
    QTest::addRow("surface: no friction type") << S << Edit([](CaseFile& f) { f.frictionCase.frictionTypeId = 0; })
                                               << QStringLiteral("friction type");
    QTest::addRow("surface: one team") << S << Edit([](CaseFile& f) { f.frictionCase.teamIds = {1}; })
                                       << QStringLiteral("two teams");
    QTest::addRow("surface: no impacted metric")
        << S << Edit([](CaseFile& f) { f.frictionCase.impactedMetricId = 0; }) << QStringLiteral("impacted metric");
    QTest::addRow("surface: severity 0") << S << Edit([](CaseFile& f) { f.frictionCase.severity = 0; })
                                         << QStringLiteral("severity");
    QTest::addRow("surface: severity 5") << S << Edit([](CaseFile& f) { f.frictionCase.severity = 5; })
                                         << QStringLiteral("severity");
    const auto D = CaseStage::Diagnose;
    QTest::addRow("diagnose: no root cause") << D << Edit([](CaseFile& f) { f.rootCauses.clear(); })
                                             << QStringLiteral("root cause");
    QTest::addRow("diagnose: cause without evidence")
        << D << Edit([](CaseFile& f) { f.rootCauses.append({2, 1, 5, QString(), 1}); }) << QStringLiteral("evidence");
    const auto A = CaseStage::Align;
    QTest::addRow("align: no outcome") << A << Edit([](CaseFile& f) { f.frictionCase.sharedOutcomeId = 0; })
                                       << QStringLiteral("shared outcome");
    QTest::addRow("align: no KPI") << A << Edit([](CaseFile& f) { f.frictionCase.kpiMetricId = 0; })
                                   << QStringLiteral("KPI from the dictionary");
    QTest::addRow("align: no baseline") << A << Edit([](CaseFile& f) { f.frictionCase.kpiBaseline.reset(); })
                                        << QStringLiteral("baseline");
    QTest::addRow("align: no target") << A << Edit([](CaseFile& f) { f.frictionCase.kpiTarget.reset(); })
                                      << QStringLiteral("target");
    QTest::addRow("align: no target date") << A << Edit([](CaseFile& f) { f.frictionCase.kpiTargetDate = QDate(); })
                                           << QStringLiteral("date");
    const auto C = CaseStage::Decide;
    QTest::addRow("decide: no decision at all") << C << Edit([](CaseFile& f) { f.decision.reset(); })
                                                << QStringLiteral("accountable decision owner");
    QTest::addRow("decide: no owner") << C << Edit([](CaseFile& f) { f.decision->ownerId = 0; })
                                      << QStringLiteral("accountable decision owner");
    QTest::addRow("decide: no criteria") << C << Edit([](CaseFile& f) { f.decision->criteria.clear(); })
                                         << QStringLiteral("criteria");
    QTest::addRow("decide: escalation without person")
        << C << Edit([](CaseFile& f) { f.decision->escalationToId = 0; }) << QStringLiteral("escalation path");
    QTest::addRow("decide: escalation without days")
        << C << Edit([](CaseFile& f) { f.decision->escalationAfterDays = 0; }) << QStringLiteral("escalation path");
    QTest::addRow("decide: no decision text") << C << Edit([](CaseFile& f) { f.decision->text.clear(); })
                                              << QStringLiteral("decision itself");
    QTest::addRow("decide: no date") << C << Edit([](CaseFile& f) { f.decision->decidedOn = QDate(); })
                                     << QStringLiteral("date of the decision");
    const auto R = CaseStage::Resolve;
    QTest::addRow("resolve: no action") << R << Edit([](CaseFile& f) { f.actions.clear(); })
                                        << QStringLiteral("at least one action");
    QTest::addRow("resolve: action without owner") << R << Edit([](CaseFile& f) { f.actions[0].ownerId = 0; })
                                                   << QStringLiteral("owner and a due date");
    QTest::addRow("resolve: action without due date") << R << Edit([](CaseFile& f) { f.actions[0].dueOn = QDate(); })
                                                      << QStringLiteral("owner and a due date");
    const auto G = CaseStage::Govern;
    QTest::addRow("govern: no rhythm") << G << Edit([](CaseFile& f) { f.frictionCase.rhythmId = 0; })
                                       << QStringLiteral("operating rhythm");
    QTest::addRow("govern: no review date") << G << Edit([](CaseFile& f) { f.frictionCase.nextReviewOn = QDate(); })
                                            << QStringLiteral("next review");
    const auto L = CaseStage::Learn;
    QTest::addRow("learn: what worked") << L << Edit([](CaseFile& f) { f.frictionCase.whatWorked.clear(); })
                                        << QStringLiteral("what worked");
    QTest::addRow("learn: what recurred") << L << Edit([](CaseFile& f) { f.frictionCase.whatRecurred.clear(); })
                                          << QStringLiteral("came back");
    QTest::addRow("learn: evidence") << L << Edit([](CaseFile& f) { f.frictionCase.evidence.clear(); })
                                     << QStringLiteral("evidence");
    QTest::addRow("learn: KPI movement") << L << Edit([](CaseFile& f) { f.frictionCase.kpiMovement.clear(); })
                                         << QStringLiteral("KPI moved");
}

void TestStageGate::eachGapBlocks()
{
    QFETCH(CaseStage, stage);
    QFETCH(Edit, edit);
    QFETCH(QString, sentence);
    CaseFile file = completeFile();
    edit(file);
    QVERIFY(!StageGate::isComplete(stage, file));
    const QStringList missing = StageGate::missing(stage, file);
    QVERIFY2(missing.size() >= 1, "a gap is named");
    QVERIFY2(missing.join(u'\n').contains(sentence), qPrintable(missing.join(u'\n')));
}

void TestStageGate::recommendationsNeverBlock_data()
{
    QTest::addColumn<CaseStage>("stage");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("field");
    QTest::addRow("no description") << CaseStage::Surface << Edit([](CaseFile& f) { f.frictionCase.looksLike.clear(); })
                                    << QStringLiteral("looksLike");
    QTest::addRow("no blocked decision")
        << CaseStage::Surface << Edit([](CaseFile& f) { f.frictionCase.blockedDecision.clear(); })
        << QStringLiteral("blockedDecision");
    QTest::addRow("no revenue at risk") << CaseStage::Surface
                                        << Edit([](CaseFile& f) { f.frictionCase.revenueAtRisk = 0; })
                                        << QStringLiteral("revenueAtRisk");
    QTest::addRow("no contributors") << CaseStage::Decide << Edit([](CaseFile& f) { f.decision->contributorIds.clear(); })
                                     << QStringLiteral("decision.contributors");
}

void TestStageGate::recommendationsNeverBlock()
{
    QFETCH(CaseStage, stage);
    QFETCH(Edit, edit);
    QFETCH(QString, field);
    CaseFile file = completeFile();
    edit(file);
    QVERIFY(StageGate::isComplete(stage, file));
    const QList<Requirement> requirements = StageGate::requirements(stage, file);
    const auto it = std::find_if(requirements.cbegin(), requirements.cend(),
                                 [&](const Requirement& r) { return r.field == field; });
    QVERIFY(it != requirements.cend());
    QVERIFY(!it->required);
    QVERIFY(!it->met);
    QVERIFY(!it->missing.isEmpty());
}

void TestStageGate::nextStep()
{
    QCOMPARE(StageGate::next(CaseStage::Surface), std::optional(CaseStage::Diagnose));
    QCOMPARE(StageGate::next(CaseStage::Govern), std::optional(CaseStage::Learn));
    QCOMPARE(StageGate::next(CaseStage::Learn), std::nullopt);
}

void TestStageGate::dataTrust_data()
{
    QTest::addColumn<QList<Id>>("signals");
    QTest::addColumn<bool>("probable");
    QTest::addRow("none") << QList<Id>{} << false;
    QTest::addRow("one signal") << QList<Id>{1} << false;
    QTest::addRow("two signals") << QList<Id>{1, 3} << true;
    QTest::addRow("all four") << QList<Id>{1, 2, 3, 4} << true;
}

void TestStageGate::dataTrust()
{
    QFETCH(QList<Id>, signals);
    QFETCH(bool, probable);
    FrictionCase c;
    c.dataTrustSignalIds = signals;
    QCOMPARE(StageGate::probablyDataTrust(c), probable);
}

void TestStageGate::escalation_data()
{
    QTest::addColumn<CaseStage>("stage");
    QTest::addColumn<int>("daysInStage");
    QTest::addColumn<int>("escalateAfter");
    QTest::addColumn<bool>("decided");
    QTest::addColumn<bool>("due");
    QTest::addRow("fresh in decide") << CaseStage::Decide << 3 << 14 << false << false;
    QTest::addRow("exactly at the limit") << CaseStage::Decide << 14 << 14 << false << true;
    QTest::addRow("past the limit") << CaseStage::Decide << 30 << 14 << false << true;
    QTest::addRow("past the limit but decided") << CaseStage::Decide << 30 << 14 << true << false;
    QTest::addRow("no escalation path") << CaseStage::Decide << 30 << 0 << false << false;
    QTest::addRow("already resolving") << CaseStage::Resolve << 30 << 14 << false << false;
}

void TestStageGate::escalation()
{
    QFETCH(CaseStage, stage);
    QFETCH(int, daysInStage);
    QFETCH(int, escalateAfter);
    QFETCH(bool, decided);
    QFETCH(bool, due);
    const QDateTime now(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
    CaseFile file = completeFile();
    file.frictionCase.stage = stage;
    file.frictionCase.stageEnteredAt = now.addDays(-daysInStage);
    file.decision->escalationAfterDays = escalateAfter;
    if (!decided)
        file.decision->text.clear();
    QCOMPARE(StageGate::escalationDue(file, now), due);
}

void TestStageGate::overdue_data()
{
    QTest::addColumn<ActionStatus>("status");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("overdue");
    const QDate today(2026, 6, 15);
    QTest::addRow("open, due yesterday") << ActionStatus::Open << today.addDays(-1) << true;
    QTest::addRow("in progress, due last month") << ActionStatus::InProgress << today.addMonths(-1) << true;
    QTest::addRow("open, due today") << ActionStatus::Open << today << false;
    QTest::addRow("done, due yesterday") << ActionStatus::Done << today.addDays(-1) << false;
    QTest::addRow("cancelled, due yesterday") << ActionStatus::Cancelled << today.addDays(-1) << false;
    QTest::addRow("open, no due date") << ActionStatus::Open << QDate() << false;
}

void TestStageGate::overdue()
{
    QFETCH(ActionStatus, status);
    QFETCH(QDate, due);
    QFETCH(bool, overdue);
    Action action;
    action.status = status;
    action.dueOn = due;
    QCOMPARE(StageGate::isOverdue(action, QDate(2026, 6, 15)), overdue);
}

QTEST_GUILESS_MAIN(TestStageGate)
#include "tst_stage_gate.moc"
