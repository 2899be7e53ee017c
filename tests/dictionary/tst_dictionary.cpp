#include "TestSupport.h"

#include "dictionary/DefinitionChanges.h"
#include "dictionary/MetricCommands.h"
#include "dictionary/MetricDefinition.h"
#include "domain/Decision.h"
#include "domain/Metric.h"

#include <QTest>
#include <QUndoCommand>

#include <functional>

using namespace accord;

namespace {

using Edit = std::function<void(Metric&)>;

} // namespace

class TestDictionary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void periods_data();
    void periods();
    void draftChangesInPlace();
    void frozenChange_data();
    void frozenChange();
    void newVersionKeepsHistoryAndUndoes();
    void freezeDraft();
    void diffNamesEachChangedField();
    void definitionChangedByPeriod_data();
    void definitionChangedByPeriod();

private:
    Metric metric(const char* code);
    Id decision();
    std::unique_ptr<test::TempWorkspace> m_ws;
};

void TestDictionary::init()
{
    m_ws = std::make_unique<test::TempWorkspace>();
    QVERIFY2(m_ws->workspace, qPrintable(m_ws->error));
}

Metric TestDictionary::metric(const char* code)
{
    Filter filter;
    filter.where("code", QString::fromLatin1(code));
    return (*m_ws)->repository<Metric>().list(filter).value(0);
}

Id TestDictionary::decision()
{
    Decision d;
    d.text = QStringLiteral("Count SAL from the first accepted touch");
    d.status = DecisionStatus::InForce;
    (*m_ws)->repository<Decision>().insert(d);
    return d.id;
}

void TestDictionary::periods_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addRow("month") << QStringLiteral("2026-02") << QDate(2026, 2, 1) << QDate(2026, 2, 28);
    QTest::addRow("leap February") << QStringLiteral("2028-02") << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::addRow("quarter") << QStringLiteral("2026-Q2") << QDate(2026, 4, 1) << QDate(2026, 6, 30);
    QTest::addRow("last quarter") << QStringLiteral("2026-Q4") << QDate(2026, 10, 1) << QDate(2026, 12, 31);
    QTest::addRow("month 13") << QStringLiteral("2026-13") << QDate() << QDate();
    QTest::addRow("quarter 5") << QStringLiteral("2026-Q5") << QDate() << QDate();
    QTest::addRow("free text") << QStringLiteral("May") << QDate() << QDate();
}

void TestDictionary::periods()
{
    QFETCH(QString, key);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const auto period = Period::parse(key);
    QCOMPARE(period.has_value(), first.isValid());
    if (period) {
        QCOMPARE(period->first, first);
        QCOMPARE(period->last, last);
        QCOMPARE(period->key, key);
    }
}

void TestDictionary::draftChangesInPlace()
{
    Workspace& ws = **m_ws;
    Metric draft = metric("pipeline_created");
    QCOMPARE(draft.status, MetricStatus::Draft);
    draft.target = 1500000;
    QString error;
    auto command = MetricCommands::change(ws, draft, 0, QString(), &error);
    QVERIFY2(command, qPrintable(error));
    ws.undoStack()->push(command.release());
    QCOMPARE(metric("pipeline_created").target, 1500000.0);
    QCOMPARE(metric("pipeline_created").version, 1);
    const QList<MetricVersion> history = DefinitionChanges::history(ws, draft.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().target, 1500000.0);
}

void TestDictionary::frozenChange_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<bool>("withDecision");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("version");
    QTest::addRow("definition without decision")
        << Edit([](Metric& m) { m.definition += QStringLiteral(" (SAL counted at acceptance)"); }) << false << false
        << 1;
    QTest::addRow("definition with decision")
        << Edit([](Metric& m) { m.definition += QStringLiteral(" (SAL counted at acceptance)"); }) << true << true << 2;
    QTest::addRow("target without decision") << Edit([](Metric& m) { m.target += 5; }) << false << false << 1;
    QTest::addRow("direction with decision")
        << Edit([](Metric& m) { m.direction = MetricDirection::LowerIsBetter; }) << true << true << 2;
    QTest::addRow("source system needs no decision")
        << Edit([](Metric& m) { m.sourceSystem = QStringLiteral("Data warehouse"); }) << false << true << 1;
    QTest::addRow("back to draft is refused")
        << Edit([](Metric& m) { m.status = MetricStatus::Draft; }) << true << false << 1;
}

void TestDictionary::frozenChange()
{
    QFETCH(Edit, edit);
    QFETCH(bool, withDecision);
    QFETCH(bool, accepted);
    QFETCH(int, version);
    Workspace& ws = **m_ws;
    Metric frozen = metric("mql_to_sql_conversion");
    QCOMPARE(frozen.status, MetricStatus::Frozen);
    edit(frozen);
    QString error;
    auto command = MetricCommands::change(ws, frozen, withDecision ? decision() : 0, QStringLiteral("Council"), &error);
    QCOMPARE(bool(command), accepted);
    if (!accepted) {
        QVERIFY(!error.isEmpty());
        QVERIFY(error.contains(frozen.name));
        return;
    }
    ws.undoStack()->push(command.release());
    QCOMPARE(metric("mql_to_sql_conversion").version, version);
    QCOMPARE(DefinitionChanges::history(ws, frozen.id).size(), version);
}

void TestDictionary::newVersionKeepsHistoryAndUndoes()
{
    Workspace& ws = **m_ws;
    const Metric original = metric("acceptance_rate");
    Metric changed = original;
    changed.definition = QStringLiteral("Share of MQLs that sales accepts within five working days.");
    const Id approval = decision();
    m_ws->clock.advanceDays(3);
    QString error;
    auto command = MetricCommands::change(ws, changed, approval, QStringLiteral("Funnel council, May"), &error);
    QVERIFY2(command, qPrintable(error));
    ws.undoStack()->push(command.release());

    const QList<MetricVersion> history = DefinitionChanges::history(ws, original.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].definition, original.definition);
    QCOMPARE(history[0].changedBy, QStringLiteral("Accord"));
    QCOMPARE(history[1].definition, changed.definition);
    QCOMPARE(history[1].decisionId, approval);
    QCOMPARE(history[1].reason, QStringLiteral("Funnel council, May"));
    QCOMPARE(history[1].changedAt, m_ws->clock.now());
    QCOMPARE(history[1].changedBy, QStringLiteral("Test User"));
    QCOMPARE(metric("acceptance_rate").version, 2);

    ws.undoStack()->undo();
    QCOMPARE(metric("acceptance_rate").definition, original.definition);
    QCOMPARE(metric("acceptance_rate").version, 1);
    QCOMPARE(DefinitionChanges::history(ws, original.id).size(), 1);
}

void TestDictionary::freezeDraft()
{
    Workspace& ws = **m_ws;
    const Metric draft = metric("won_revenue");
    QString error;
    auto command = MetricCommands::freeze(ws, draft.id, &error);
    QVERIFY2(command, qPrintable(error));
    ws.undoStack()->push(command.release());
    QCOMPARE(metric("won_revenue").status, MetricStatus::Frozen);
    QCOMPARE(metric("won_revenue").version, 1);
    QVERIFY(!MetricCommands::freeze(ws, draft.id, &error));
    QVERIFY(error.contains(QStringLiteral("frozen already")));
}

void TestDictionary::diffNamesEachChangedField()
{
    MetricVersion older;
    older.name = QStringLiteral("Win rate");
    older.definition = QStringLiteral("Won / closed");
    older.target = 25;
    older.ownerTeamId = 1;
    MetricVersion newer = older;
    newer.definition = QStringLiteral("Won / (won + lost), opportunities created in the period");
    newer.ownerTeamId = 2;
    const auto changes = MetricDefinition::diff(older, newer, [](Id id) { return id == 1 ? QStringLiteral("Sales")
                                                                                           : QStringLiteral("RevOps"); });
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[0].field, QStringLiteral("Definition"));
    QCOMPARE(changes[0].before, older.definition);
    QCOMPARE(changes[0].after, newer.definition);
    QCOMPARE(changes[1].field, QStringLiteral("Owner team"));
    QCOMPARE(changes[1].before, QStringLiteral("Sales"));
    QCOMPARE(changes[1].after, QStringLiteral("RevOps"));
    QVERIFY(MetricDefinition::diff(older, older).isEmpty());
}

void TestDictionary::definitionChangedByPeriod_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<bool>("changed");
    // The change below takes effect on 2026-06-18 (three days after the test clock's start).
    QTest::addRow("month of the change") << QStringLiteral("2026-06") << true;
    QTest::addRow("quarter of the change") << QStringLiteral("2026-Q2") << true;
    QTest::addRow("month before") << QStringLiteral("2026-05") << false;
    QTest::addRow("month after") << QStringLiteral("2026-07") << false;
}

void TestDictionary::definitionChangedByPeriod()
{
    QFETCH(QString, period);
    QFETCH(bool, changed);
    Workspace& ws = **m_ws;
    Metric m = metric("win_rate");
    // The first version is the metric's birth, not a change.
    QVERIFY(!DefinitionChanges::changedWithin(ws, m.id, *Period::parse(QStringLiteral("2026-06"))));
    m.formula = QStringLiteral("changed");
    m_ws->clock.advanceDays(3);
    auto command = MetricCommands::change(ws, m, decision(), QString(), nullptr);
    QVERIFY(command);
    ws.undoStack()->push(command.release());
    QCOMPARE(DefinitionChanges::changedWithin(ws, m.id, *Period::parse(period)), changed);
}

QTEST_GUILESS_MAIN(TestDictionary)
#include "tst_dictionary.moc"
