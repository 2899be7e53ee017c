#include "TestSupport.h"
#include "domain/FrictionCase.h"
#include "domain/FunnelStage.h"
#include "domain/Team.h"
#include "operating/AlignmentProgress.h"
#include "operating/FunnelCommands.h"
#include "operating/RejectReasonRules.h"
#include "operating/SlaRules.h"
#include "operating/UniqueCode.h"

#include <QTest>
#include <QUndoCommand>

using namespace accord;

class TestFunnelRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movesStages_data();
    void movesStages();
    void addsStages_data();
    void addsStages();
    void refusesToRemoveAStageAMetricReads();
    void removesAStageAndUndoPutsBackCaseReferences();
    void editsAStage();
    void uniqueCodes_data();
    void uniqueCodes();
    void warnsAboutTheNumberOfReasons_data();
    void warnsAboutTheNumberOfReasons();
    void checksEachReason();
    void checksSlas_data();
    void checksSlas();
    void countsAlignmentProgress();
};

namespace {

const QStringList catalogueOrder{QStringLiteral("inquiry"), QStringLiteral("mql"),         QStringLiteral("sal"),
                                 QStringLiteral("sql"),     QStringLiteral("opportunity"), QStringLiteral("revenue")};

QList<FunnelStage> stages(Workspace& workspace)
{
    return workspace.repository<FunnelStage>().list();
}

QStringList codes(Workspace& workspace)
{
    QStringList result;
    for (const FunnelStage& stage : stages(workspace))
        result << stage.code;
    return result;
}

FunnelStage stage(Workspace& workspace, const QString& code)
{
    for (const FunnelStage& s : stages(workspace))
        if (s.code == code)
            return s;
    return {};
}

Id teamId(Workspace& workspace, const char* code)
{
    Filter filter;
    filter.where("code", QString::fromLatin1(code));
    const QList<Team> teams = workspace.repository<Team>().list(filter);
    return teams.isEmpty() ? 0 : teams.first().id;
}

bool push(Workspace& workspace, std::unique_ptr<QUndoCommand> command)
{
    if (!command)
        return false;
    workspace.undoStack()->push(command.release());
    return true;
}

} // namespace

void TestFunnelRules::movesStages_data()
{
    QTest::addColumn<QStringList>("moves"); // code:delta, applied in turn
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<int>("refused");

    QTest::addRow("MQL one later") << QStringList{QStringLiteral("mql:1")}
                                   << QStringList{QStringLiteral("inquiry"),     QStringLiteral("sal"),
                                                  QStringLiteral("mql"),         QStringLiteral("sql"),
                                                  QStringLiteral("opportunity"), QStringLiteral("revenue")}
                                   << 0;
    QTest::addRow("revenue two earlier") << QStringList{QStringLiteral("revenue:-1"), QStringLiteral("revenue:-1")}
                                         << QStringList{QStringLiteral("inquiry"), QStringLiteral("mql"),
                                                        QStringLiteral("sal"),     QStringLiteral("revenue"),
                                                        QStringLiteral("sql"),     QStringLiteral("opportunity")}
                                         << 0;
    QTest::addRow("down and up again") << QStringList{QStringLiteral("sal:1"), QStringLiteral("sal:-1")}
                                       << catalogueOrder << 0;
    QTest::addRow("first stage cannot go earlier") << QStringList{QStringLiteral("inquiry:-1")} << catalogueOrder << 1;
    QTest::addRow("last stage cannot go later") << QStringList{QStringLiteral("revenue:1")} << catalogueOrder << 1;
    QTest::addRow("inquiry to the end") << QStringList{QStringLiteral("inquiry:1"), QStringLiteral("inquiry:1"),
                                                       QStringLiteral("inquiry:1"), QStringLiteral("inquiry:1"),
                                                       QStringLiteral("inquiry:1"), QStringLiteral("inquiry:1")}
                                        << QStringList{QStringLiteral("mql"),     QStringLiteral("sal"),
                                                       QStringLiteral("sql"),     QStringLiteral("opportunity"),
                                                       QStringLiteral("revenue"), QStringLiteral("inquiry")}
                                        << 1;
}

void TestFunnelRules::movesStages()
{
    QFETCH(QStringList, moves);
    QFETCH(QStringList, order);
    QFETCH(int, refused);
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    QCOMPARE(codes(*ws), catalogueOrder);

    int refusals = 0;
    for (const QString& move : moves) {
        const QStringList parts = move.split(QLatin1Char(':'));
        QString error;
        auto command = FunnelCommands::move(*ws, stage(*ws, parts[0]).id, parts[1].toInt(), &error);
        if (!command) {
            QVERIFY(!error.isEmpty());
            ++refusals;
            continue;
        }
        push(*ws, std::move(command));
    }
    QCOMPARE(refusals, refused);
    QCOMPARE(codes(*ws), order);
    // A move rewrites the positions as 1..n, so that the order never depends on ties; a refusal writes nothing.
    const QList<FunnelStage> stored = stages(*ws);
    const int first = moves.size() > refused ? 1 : 0;
    for (int i = 0; i < stored.size(); ++i)
        QCOMPARE(stored.at(i).sortOrder, first + i);

    QCOMPARE(ws->undoStack()->count(), moves.size() - refused);
    while (ws->undoStack()->canUndo())
        ws->undoStack()->undo();
    QCOMPARE(codes(*ws), catalogueOrder);
}

void TestFunnelRules::addsStages_data()
{
    QTest::addColumn<QString>("after"); // code of the stage it follows; empty for the end
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code"); // empty when refused
    QTest::addColumn<int>("position"); // 0-based
    QTest::addColumn<QByteArray>("owner");

    QTest::addRow("after SAL, owned by Sales") << QStringLiteral("sal") << QStringLiteral("Product-qualified lead")
                                               << QStringLiteral("product_qualified_lead") << 3 << QByteArray("sales");
    QTest::addRow("after inquiry, owned by Marketing")
        << QStringLiteral("inquiry") << QStringLiteral("  Engaged   contact ") << QStringLiteral("engaged_contact") << 1
        << QByteArray("marketing");
    QTest::addRow("at the end") << QString() << QStringLiteral("Expansion") << QStringLiteral("expansion") << 6
                                << QByteArray("customer_success");
    QTest::addRow("code taken gets a number")
        << QStringLiteral("sql") << QStringLiteral("SQL") << QStringLiteral("sql_2") << 4 << QByteArray("sales");
    QTest::addRow("no name is refused") << QStringLiteral("sal") << QStringLiteral("   ") << QString() << -1
                                        << QByteArray();
}

void TestFunnelRules::addsStages()
{
    QFETCH(QString, after);
    QFETCH(QString, name);
    QFETCH(QString, code);
    QFETCH(int, position);
    QFETCH(QByteArray, owner);
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));

    QString error;
    QString newCode;
    const Id afterId = after.isEmpty() ? 0 : stage(*ws, after).id;
    auto command = FunnelCommands::add(*ws, afterId, name, &error, &newCode);
    if (code.isEmpty()) {
        QVERIFY(!command);
        QVERIFY(!error.isEmpty());
        QCOMPARE(codes(*ws), catalogueOrder);
        return;
    }
    QVERIFY2(push(*ws, std::move(command)), qPrintable(error));
    QCOMPARE(newCode, code);
    QStringList expected = catalogueOrder;
    expected.insert(position, code);
    QCOMPARE(codes(*ws), expected);
    QCOMPARE(stage(*ws, code).name, name.simplified());
    QCOMPARE(stage(*ws, code).ownerTeamId, teamId(*ws, owner.constData()));
    const QList<FunnelStage> stored = stages(*ws);
    for (int i = 0; i < stored.size(); ++i)
        QCOMPARE(stored.at(i).sortOrder, i + 1);

    ws->undoStack()->undo();
    QCOMPARE(codes(*ws), catalogueOrder);
}

void TestFunnelRules::refusesToRemoveAStageAMetricReads()
{
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    QString error;
    QVERIFY(!FunnelCommands::remove(*ws, stage(*ws, QStringLiteral("sal")).id, &error));
    // The message names the metrics, so RevOps knows which definitions to change first.
    QVERIFY2(error.contains(QStringLiteral("cannot be removed")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("MQL-to-SAL conversion")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Acceptance rate")), qPrintable(error));
    QCOMPARE(codes(*ws), catalogueOrder);
}

void TestFunnelRules::removesAStageAndUndoPutsBackCaseReferences()
{
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    QString error;
    QString code;
    QVERIFY(push(*ws, FunnelCommands::add(*ws, stage(*ws, QStringLiteral("sal")).id, QStringLiteral("Nurture pool"),
                                          &error, &code)));
    const FunnelStage added = stage(*ws, code);
    FrictionCase bites;
    bites.title = QStringLiteral("Leads stall in the nurture pool");
    bites.funnelStageId = added.id;
    QVERIFY(ws->repository<FrictionCase>().insert(bites, &error));

    QVERIFY2(push(*ws, FunnelCommands::remove(*ws, added.id, &error)), qPrintable(error));
    QCOMPARE(codes(*ws), catalogueOrder);
    QCOMPARE(ws->repository<FrictionCase>().find(bites.id)->funnelStageId, Id(0));

    ws->undoStack()->undo();
    QCOMPARE(stage(*ws, code), added);
    QCOMPARE(ws->repository<FrictionCase>().find(bites.id)->funnelStageId, added.id);
}

void TestFunnelRules::editsAStage()
{
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    const FunnelStage before = stage(*ws, QStringLiteral("mql"));
    FunnelStage after = before;
    QString error;

    after.name = QStringLiteral("  ");
    QVERIFY(!FunnelCommands::edit(*ws, after, &error));
    QVERIFY(!error.isEmpty());

    QVERIFY(!FunnelCommands::edit(*ws, before, &error));
    QVERIFY2(error.isEmpty(), "an edit that changes nothing is not an error");

    after.name = QStringLiteral("Marketing-qualified");
    after.ownerTeamId = teamId(*ws, "revops");
    auto command = FunnelCommands::edit(*ws, after, &error);
    QVERIFY(command);
    QCOMPARE(command->text(), QStringLiteral("Rename stage “%1” to “Marketing-qualified”").arg(before.name));
    push(*ws, std::move(command));
    QCOMPARE(stage(*ws, QStringLiteral("mql")).name, after.name);
    QCOMPARE(stage(*ws, QStringLiteral("mql")).ownerTeamId, after.ownerTeamId);
    ws->undoStack()->undo();
    QCOMPARE(stage(*ws, QStringLiteral("mql")).name, before.name);
    QCOMPARE(stage(*ws, QStringLiteral("mql")).ownerTeamId, before.ownerTeamId);
}

void TestFunnelRules::uniqueCodes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("code");

    QTest::addRow("words") << QStringLiteral("Product-qualified lead (PQL)") << QStringList()
                           << QStringLiteral("product_qualified_lead_pql");
    QTest::addRow("accents dropped") << QStringLiteral("Qualifié à l'écoute") << QStringList()
                                     << QStringLiteral("qualifie_a_l_ecoute");
    QTest::addRow("taken twice") << QStringLiteral("SQL") << QStringList{QStringLiteral("sql"), QStringLiteral("sql_2")}
                                 << QStringLiteral("sql_3");
    QTest::addRow("nothing usable") << QStringLiteral("→ ★") << QStringList() << QStringLiteral("item");
}

void TestFunnelRules::uniqueCodes()
{
    QFETCH(QString, name);
    QFETCH(QStringList, taken);
    QFETCH(QString, code);
    QCOMPARE(uniqueCode(name, taken), code);
}

void TestFunnelRules::warnsAboutTheNumberOfReasons_data()
{
    QTest::addColumn<int>("active");
    QTest::addColumn<QString>("warning"); // a word the warning holds; empty for none

    QTest::addRow("5 is too few") << 5 << QStringLiteral("Only 5");
    QTest::addRow("6 is fine") << 6 << QString();
    QTest::addRow("8 is fine") << 8 << QString();
    QTest::addRow("9 is too many") << 9 << QStringLiteral("long lists stop being used");
}

void TestFunnelRules::warnsAboutTheNumberOfReasons()
{
    QFETCH(int, active);
    QFETCH(QString, warning);

    const auto message = RejectReasonRules::countWarning(active);
    QCOMPARE(message.has_value(), !warning.isEmpty());
    if (message) {
        QCOMPARE(message->level, RuleMessage::Level::Warning);
        QVERIFY2(message->text.contains(warning), qPrintable(message->text));
    }

    // Inactive reasons do not count: the same list with three retired ones says the same.
    QList<RejectReason> reasons;
    for (int i = 0; i < active + 3; ++i) {
        RejectReason reason;
        reason.name = QStringLiteral("Reason %1").arg(i);
        reason.active = i < active;
        reasons << reason;
    }
    const RuleMessages messages = RejectReasonRules::check(reasons);
    QCOMPARE(messages.size(), message ? 1 : 0);
    if (message)
        QCOMPARE(messages.first(), *message);
}

void TestFunnelRules::checksEachReason()
{
    RejectReason reason;
    reason.name = QStringLiteral("Not ready to buy");
    QVERIFY(!RejectReasonRules::check(reason));

    reason.action = RejectAction(enumCount<RejectAction>());
    const auto noAction = RejectReasonRules::check(reason);
    QVERIFY(noAction);
    QCOMPARE(noAction->level, RuleMessage::Level::Problem);
    QVERIFY(noAction->text.contains(QStringLiteral("needs an action")));

    reason.active = false;
    QVERIFY2(!RejectReasonRules::check(reason), "retired reasons are not checked");

    reason = {};
    reason.name = QStringLiteral("   ");
    QVERIFY(RejectReasonRules::check(reason));
}

void TestFunnelRules::checksSlas_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("escalateAfter");
    QTest::addColumn<bool>("escalatesToSomeone");
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("suppression");
    QTest::addColumn<QStringList>("messages"); // "P:" problem or "W:" warning, then words it holds

    const auto first = int(SlaKind::FirstTouch);
    const auto disposition = int(SlaKind::Disposition);
    const auto standard = int(SlaKind::LeadStandard);
    QTest::addRow("first touch 24 h, escalated at 32 h")
        << first << 24.0 << 32.0 << true << QString() << QString() << QStringList();
    QTest::addRow("escalation at the target is fine")
        << disposition << 72.0 << 72.0 << true << QString() << QString() << QStringList();
    QTest::addRow("zero hours") << first << 0.0 << 8.0 << true << QString() << QString()
                                << QStringList{QStringLiteral("P:more than 0 hours")};
    QTest::addRow("negative hours") << disposition << -4.0 << 8.0 << true << QString() << QString()
                                    << QStringList{QStringLiteral("P:more than 0 hours")};
    QTest::addRow("escalates before the breach") << first << 24.0 << 12.0 << true << QString() << QString()
                                                 << QStringList{QStringLiteral("P:before its 24-hour target")};
    QTest::addRow("escalates to no one") << disposition << 72.0 << 96.0 << false << QString() << QString()
                                         << QStringList{QStringLiteral("W:escalates to no one")};
    QTest::addRow("complete lead standard") << standard << 0.0 << 0.0 << false << QStringLiteral("E-mail")
                                            << QStringLiteral("Competitors") << QStringList();
    QTest::addRow("lead standard without fields or suppression")
        << standard << 0.0 << 0.0 << false << QString() << QStringLiteral(" ")
        << QStringList{QStringLiteral("P:no required fields"), QStringLiteral("W:no suppression rules")};
}

void TestFunnelRules::checksSlas()
{
    QFETCH(int, kind);
    QFETCH(double, target);
    QFETCH(double, escalateAfter);
    QFETCH(bool, escalatesToSomeone);
    QFETCH(QString, fields);
    QFETCH(QString, suppression);
    QFETCH(QStringList, messages);

    Sla sla;
    sla.kind = SlaKind(kind);
    sla.name = QStringLiteral("Sales first touch");
    sla.targetHours = target;
    sla.escalateAfterHours = escalateAfter;
    sla.escalateToId = escalatesToSomeone ? 7 : 0;
    sla.requiredFields = fields;
    sla.suppressionRules = suppression;

    const RuleMessages found = SlaRules::check(sla);
    QCOMPARE(found.size(), messages.size());
    for (int i = 0; i < found.size(); ++i) {
        const auto level =
            messages[i].startsWith(QLatin1String("P:")) ? RuleMessage::Level::Problem : RuleMessage::Level::Warning;
        QCOMPARE(found[i].level, level);
        QVERIFY2(found[i].text.contains(messages[i].mid(2)), qPrintable(found[i].text));
    }
}

void TestFunnelRules::countsAlignmentProgress()
{
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    QList<AlignmentArea> areas = ws->repository<AlignmentArea>().list();
    QCOMPARE(areas.size(), 8);
    QCOMPARE(AlignmentProgress::of(areas).text(), QStringLiteral("0 of 8 agreed"));
    for (int i = 0; i < 5; ++i)
        areas[i].status = AlignmentStatus::Agreed;
    areas[6].status = AlignmentStatus::Drafted;
    const AlignmentProgress progress = AlignmentProgress::of(areas);
    QCOMPARE(progress.agreed, 5);
    QCOMPARE(progress.drafted, 1);
    QCOMPARE(progress.text(), QStringLiteral("5 of 8 agreed, 1 drafted"));
}

QTEST_GUILESS_MAIN(TestFunnelRules)
#include "tst_funnel_rules.moc"
