#include "TestSupport.h"
#include "common/MessageBar.h"
#include "common/Theme.h"
#include "domain/AlignmentArea.h"
#include "domain/FunnelStage.h"
#include "domain/RejectReason.h"
#include "domain/Sla.h"
#include "funnel/AlignmentAreaModel.h"
#include "funnel/AlignmentPanel.h"
#include "funnel/FunnelDiagram.h"
#include "funnel/FunnelPage.h"
#include "funnel/FunnelStageModel.h"
#include "funnel/OperatingModelView.h"
#include "funnel/RejectReasonModel.h"
#include "funnel/RejectReasonsPanel.h"
#include "funnel/SlaPanel.h"
#include "operating/AlignmentProgress.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace accord;

class TestFunnelView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void movesAStageDownAndCtrlZPutsItBack();
    void renamesAStageInTheTable();
    void refusesToRemoveAStageAMetricReads();
    void warnsWhenReasonsPassEight();
    void checksTheSlaAsItIsEdited();
    void ticksAlignmentAreas();
    void drawsTheFunnelReadably_data();
    void drawsTheFunnelReadably();
};

namespace {

// The view inside a window that owns Ctrl+Z for the workspace, as the main window does.
struct Window
{
    explicit Window(Workspace::Content content = Workspace::Content::Demo) : ws(content)
    {
        if (!ws.workspace)
            return;
        auto* layout = new QVBoxLayout(&host);
        layout->setContentsMargins(0, 0, 0, 0);
        view = new OperatingModelView(&host);
        layout->addWidget(view);
        QAction* undo = ws->undoStack()->createUndoAction(&host);
        undo->setShortcut(QKeySequence::Undo);
        host.addAction(undo);
        view->setWorkspace(ws.workspace.get());
        host.resize(1280, 720);
        host.show();
        active = QTest::qWaitForWindowActive(&host);
        stages = view->findChild<QTableView*>(QStringLiteral("funnelStageTable"));
        diagram = view->findChild<FunnelDiagram*>(QStringLiteral("funnelDiagram"));
    }

    QStringList storedStageNames()
    {
        QStringList names;
        for (const FunnelStage& stage : ws->repository<FunnelStage>().list())
            names << stage.name;
        return names;
    }
    QStringList drawnStageNames() const
    {
        QStringList names;
        for (const FunnelDiagram::Block& block : diagram->blocks())
            names << block.name;
        return names;
    }
    void clickCell(QTableView* table, int row, int column)
    {
        const QModelIndex index = table->model()->index(row, column);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }
    template <typename W> W* child(const char* name) { return view->findChild<W*>(QLatin1String(name)); }

    test::TempWorkspace ws;
    QWidget host;
    OperatingModelView* view = nullptr;
    bool active = false;
    QTableView* stages = nullptr;
    FunnelDiagram* diagram = nullptr;
};

} // namespace

void TestFunnelView::initTestCase()
{
    Theme::apply(*qApp);
}

void TestFunnelView::movesAStageDownAndCtrlZPutsItBack()
{
    Window w;
    QVERIFY2(w.ws.workspace, qPrintable(w.ws.error));
    QVERIFY(w.active);
    QAbstractItemModelTester tester(w.view->funnelPage()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList before = w.storedStageNames();
    QCOMPARE(w.drawnStageNames(), before);
    QCOMPARE(before.size(), 6);

    auto* down = w.child<QPushButton>("moveStageDown");
    auto* up = w.child<QPushButton>("moveStageUp");
    QVERIFY(!down->isEnabled());
    w.clickCell(w.stages, 1, FunnelStageModel::Owner);
    QVERIFY(down->isEnabled());
    QTest::mouseClick(down, Qt::LeftButton);

    QStringList moved = before;
    moved.move(1, 2);
    QCOMPARE(w.storedStageNames(), moved);
    QCOMPARE(w.drawnStageNames(), moved);
    QCOMPARE(w.stages->model()->index(2, FunnelStageModel::Name).data().toString(), before.at(1));
    // The moved stage stays selected, so it can be moved on.
    QCOMPARE(w.stages->selectionModel()->selectedRows().value(0).row(), 2);
    QVERIFY(up->isEnabled());

    // MQL now follows SAL, so the handoff to Sales moves with it and a second one comes back.
    QCOMPARE(w.diagram->handoffs().size(), 4);

    QTest::keyClick(w.stages, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.storedStageNames(), before);
    QCOMPARE(w.drawnStageNames(), before);
    QCOMPARE(w.diagram->handoffs().size(), 2);
    QCOMPARE(w.diagram->handoffs().first().text, QStringLiteral("Marketing → Sales handoff"));
}

void TestFunnelView::renamesAStageInTheTable()
{
    Window w;
    QVERIFY2(w.ws.workspace, qPrintable(w.ws.error));
    QVERIFY(w.active);
    const Id id = w.stages->model()->index(0, 0).data(Qt::UserRole).toLongLong();

    w.clickCell(w.stages, 0, FunnelStageModel::Name);
    QTest::keyClick(w.stages, Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Raised hand"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(w.ws->repository<FunnelStage>().find(id)->name, QStringLiteral("Raised hand"));
    QCOMPARE(w.drawnStageNames().first(), QStringLiteral("Raised hand"));
    QCOMPARE(w.ws->undoStack()->undoText(), QStringLiteral("Rename stage “Inquiry” to “Raised hand”"));

    // A stage keeps a name: clearing it is refused and nothing is pushed.
    const int commands = w.ws->undoStack()->count();
    QVERIFY(!w.stages->model()->setData(w.stages->model()->index(0, FunnelStageModel::Name), QStringLiteral(" ")));
    QCOMPARE(w.ws->undoStack()->count(), commands);

    QTest::keyClick(w.stages, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.ws->repository<FunnelStage>().find(id)->name, QStringLiteral("Inquiry"));
    QCOMPARE(w.drawnStageNames().first(), QStringLiteral("Inquiry"));
}

void TestFunnelView::refusesToRemoveAStageAMetricReads()
{
    Window w;
    QVERIFY2(w.ws.workspace, qPrintable(w.ws.error));
    QVERIFY(w.active);
    auto* message = w.child<MessageBar>("funnelMessage");
    QVERIFY(!message->isVisible());

    w.clickCell(w.stages, 2, FunnelStageModel::Name);
    QTest::mouseClick(w.child<QPushButton>("removeStage"), Qt::LeftButton);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Acceptance rate")), qPrintable(message->text()));
    QCOMPARE(w.stages->model()->rowCount(), 6);

    // A stage just added is read by nothing and goes; undo brings it back where it was.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTest::mouseClick(w.child<QPushButton>("addStage"), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(w.stages->model()->rowCount(), 7);
    QCOMPARE(w.stages->model()->index(3, FunnelStageModel::Name).data().toString(), QStringLiteral("New stage"));
    QCOMPARE(w.drawnStageNames().at(3), QStringLiteral("New stage"));
    w.clickCell(w.stages, 3, FunnelStageModel::ExitCriteria);
    QTest::mouseClick(w.child<QPushButton>("removeStage"), Qt::LeftButton);
    QCOMPARE(w.stages->model()->rowCount(), 6);
    QVERIFY(!message->isVisible());
    w.ws->undoStack()->undo();
    QCOMPARE(w.drawnStageNames().at(3), QStringLiteral("New stage"));
}

void TestFunnelView::warnsWhenReasonsPassEight()
{
    Window w;
    QVERIFY2(w.ws.workspace, qPrintable(w.ws.error));
    QVERIFY(w.active);
    w.view->tabs()->setCurrentWidget(w.view->rejectReasonsPanel());
    RejectReasonModel* model = w.view->rejectReasonsPanel()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* table = w.child<QTableView>("rejectReasonTable");
    auto* warning = w.child<MessageBar>("rejectReasonChecks");
    auto* add = w.child<QPushButton>("addReason");
    QCOMPARE(model->rowCount(), 7);
    QVERIFY(!warning->isVisible());

    QTest::mouseClick(add, Qt::LeftButton);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Duplicate of an open lead"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->index(7, RejectReasonModel::Name).data().toString(),
                 QStringLiteral("Duplicate of an open lead"));
    QVERIFY2(!warning->isVisible(), "eight reasons are still a usable list");

    QTest::mouseClick(add, Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(model->rowCount(), 9);
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->kind(), MessageBar::Kind::Warning);
    QVERIFY2(warning->text().contains(QStringLiteral("9 active reject reasons: long lists stop being used")),
             qPrintable(warning->text()));

    // Retiring one brings the list back to eight and the warning goes.
    w.clickCell(table, 0, RejectReasonModel::Active);
    const QRect check = table->visualRect(model->index(0, RejectReasonModel::Active));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, QPoint(check.left() + 12, check.center().y()));
    QTRY_VERIFY(!w.ws->repository<RejectReason>().find(model->recordAt(0)->id)->active);
    QVERIFY(!warning->isVisible());
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(warning->isVisible());

    // The action is picked from the four there are.
    table->setFocus();
    table->setCurrentIndex(model->index(8, RejectReasonModel::Action));
    QTest::keyClick(table, Qt::Key_F2);
    auto* combo = qobject_cast<QComboBox*>(QApplication::focusWidget());
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    combo->setCurrentIndex(combo->findText(QStringLiteral("Suppress")));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(model->recordAt(8)->action, RejectAction::Suppress);
}

void TestFunnelView::checksTheSlaAsItIsEdited()
{
    Window w;
    QVERIFY2(w.ws.workspace, qPrintable(w.ws.error));
    QVERIFY(w.active);
    w.view->tabs()->setCurrentWidget(w.view->slaPanel());
    auto* target = w.child<QDoubleSpinBox>("sla_first_touch_target");
    auto* escalateTo = w.child<QComboBox>("sla_first_touch_escalate_to");
    auto* checks = w.child<MessageBar>("sla_first_touch_checks");
    QVERIFY(target && escalateTo && checks);
    QCOMPARE(target->value(), 24.0);

    // Waiting 40 hours for a first touch while escalating at 32 escalates before the breach.
    target->setFocus();
    target->selectAll();
    QTest::keyClicks(target, QStringLiteral("40"));
    QTest::keyClick(target, Qt::Key_Return);
    Filter firstTouch;
    firstTouch.where("kind", SlaKind::FirstTouch);
    QTRY_COMPARE(w.ws->repository<Sla>().list(firstTouch).first().targetHours, 40.0);
    QVERIFY(checks->isVisible());
    QCOMPARE(checks->kind(), MessageBar::Kind::Error);
    QVERIFY2(checks->text().contains(QStringLiteral("before its 40-hour target")), qPrintable(checks->text()));

    QTest::keyClick(target, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.ws->repository<Sla>().list(firstTouch).first().targetHours, 24.0);
    QCOMPARE(target->value(), 24.0);

    // Choosing whom a breach goes to is an edit of its own.
    const QString person = escalateTo->itemText(1);
    escalateTo->setFocus();
    QTest::keyClick(escalateTo, Qt::Key_Down);
    QTRY_COMPARE(w.ws->repository<Sla>().list(firstTouch).first().escalateToId,
                 escalateTo->itemData(escalateTo->findText(person)).toLongLong());
    QVERIFY(!checks->text().contains(QStringLiteral("escalates to no one")) || !checks->isVisible());
}

void TestFunnelView::ticksAlignmentAreas()
{
    Window w;
    QVERIFY2(w.ws.workspace, qPrintable(w.ws.error));
    QVERIFY(w.active);
    w.view->tabs()->setCurrentWidget(w.view->alignmentPanel());
    AlignmentAreaModel* model = w.view->alignmentPanel()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* progress = w.child<QLabel>("alignmentProgress");
    const int agreed = AlignmentProgress::of(model->records()).agreed;
    QCOMPARE(progress->text().left(progress->text().indexOf(QLatin1Char(','))),
             QStringLiteral("%1 of 8 agreed").arg(agreed));

    const int row = [&] {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->recordAt(r)->status != AlignmentStatus::Agreed)
                return r;
        return -1;
    }();
    QVERIFY(row >= 0);
    auto* table = w.child<QTableView>("alignmentTable");
    const QRect check = table->visualRect(model->index(row, AlignmentAreaModel::Area));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, QPoint(check.left() + 12, check.center().y()));
    QTRY_COMPARE(w.ws->repository<AlignmentArea>().find(model->recordAt(row)->id)->status, AlignmentStatus::Agreed);
    QVERIFY2(progress->text().startsWith(QStringLiteral("%1 of 8 agreed").arg(agreed + 1)),
             qPrintable(progress->text()));
    w.ws->undoStack()->undo();
    QVERIFY(progress->text().startsWith(QStringLiteral("%1 of 8 agreed").arg(agreed)));
}

void TestFunnelView::drawsTheFunnelReadably_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("1920x1080") << QSize(1920, 1080);
    QTest::addRow("1280x720") << QSize(1280, 720);
}

void TestFunnelView::drawsTheFunnelReadably()
{
    QFETCH(QSize, size);
    Window w;
    QVERIFY2(w.ws.workspace, qPrintable(w.ws.error));
    w.host.resize(size);
    QApplication::processEvents();

    // Every block is wide enough for a stage name's longest word (a line may break after a hyphen) and tall enough for
    // a name and its team.
    QCOMPARE(w.diagram->blocks().size(), 6);
    QFont bold = w.diagram->font();
    bold.setBold(true);
    const QFontMetrics name(bold);
    for (const FunnelDiagram::Block& block : w.diagram->blocks()) {
        const QRectF box = block.shape.boundingRect();
        const qreal narrowEdge = block.shape.at(2).y() - block.shape.at(1).y();
        QVERIFY2(narrowEdge >= name.lineSpacing() * 2 + w.diagram->fontMetrics().height(), qPrintable(block.name));
        for (const QString& word : block.name.split(QRegularExpression(QStringLiteral("[ -]"))))
            QVERIFY2(name.horizontalAdvance(word) <= box.width() - 20, qPrintable(word));
    }
    // Handoff labels stay inside the diagram.
    for (const FunnelDiagram::Handoff& handoff : w.diagram->handoffs())
        QVERIFY(w.diagram->fontMetrics().horizontalAdvance(handoff.text) < w.diagram->width());

    // Set ACCORD_SCREENSHOT_DIR to look at the result.
    const QString shots = qEnvironmentVariable("ACCORD_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        const QString suffix = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        QVERIFY(w.diagram->grab().save(QStringLiteral("%1/funnel-diagram-%2.png").arg(shots, suffix)));
        for (int tab = 0; tab < w.view->tabs()->count(); ++tab) {
            w.view->tabs()->setCurrentIndex(tab);
            QApplication::processEvents();
            QVERIFY(w.host.grab().save(QStringLiteral("%1/funnel-tab%2-%3.png").arg(shots).arg(tab).arg(suffix)));
        }
    }
}

QTEST_MAIN(TestFunnelView)
#include "tst_funnel_view.moc"
