#include "TestSupport.h"
#include "domain/ConflictPattern.h"
#include "domain/FrictionType.h"
#include "domain/MetricVersion.h"
#include "matrix/ConflictPatternsModel.h"
#include "matrix/FrictionMatrixView.h"
#include "matrix/FrictionTypesModel.h"
#include "matrix/HeatMapModel.h"
#include "matrix/HeatMapView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace accord;

// The friction matrix area on the demo workspace: the catalogues edited in place and restored, each step one undo,
// and the heat map's measure picker and drill-down.
class TestFrictionMatrixView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typesShowCountsAndKpis();
    void typesMarkADefinitionChange_data();
    void typesMarkADefinitionChange();
    void editsTypeTextInPlaceAndUndoes();
    void restoresDefaultsAsOneUndoableEdit();
    void patternsEditAndRestore();
    void measurePickerRecoloursTheMap();
    void enterAndDoubleClickDrillDown();

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    std::unique_ptr<FrictionMatrixView> m_view;
};

void TestFrictionMatrixView::init()
{
    m_ws = std::make_unique<test::TempWorkspace>(Workspace::Content::Demo);
    QVERIFY2(m_ws->workspace, qPrintable(m_ws->error));
    m_view = std::make_unique<FrictionMatrixView>();
    m_view->setWorkspace(m_ws->workspace.get());
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestFrictionMatrixView::cleanup()
{
    m_view.reset();
    m_ws.reset();
}

void TestFrictionMatrixView::typesShowCountsAndKpis()
{
    FrictionTypesModel* model = m_view->typesModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 7);
    int open = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        open += model->index(row, FrictionTypesModel::OpenCases).data().toInt();
        QVERIFY(!model->index(row, FrictionTypesModel::Kpi).data().toString().isEmpty());
    }
    int expected = 0;
    for (const TypeCount& count : HeatMapQuery::openCasesByType(m_ws->workspace->database()))
        expected += count.openCases;
    QCOMPARE(open, expected);
    // The demo's KPIs have values over the last six months; a value that moved carries its arrow.
    const QModelIndex value = model->index(0, FrictionTypesModel::KpiValue);
    QVERIFY(value.data(FrictionTypesModel::TrendRole).isValid());
    const int trend = value.data(FrictionTypesModel::TrendRole).toInt();
    const QString arrow = trend > 0 ? QStringLiteral("▲") : trend < 0 ? QStringLiteral("▼") : QStringLiteral("▶");
    QVERIFY2(value.data().toString().contains(arrow), qPrintable(value.data().toString()));
}

void TestFrictionMatrixView::typesMarkADefinitionChange_data()
{
    QTest::addColumn<QDate>("changedOn");
    QTest::addColumn<bool>("marked");
    // The workspace's clock stands at 15 June 2026; the KPI is read from the complete months, up to May.
    QTest::addRow("changed in the month shown last") << QDate(2026, 5, 3) << true;
    QTest::addRow("changed in the month the trend starts from") << QDate(2026, 4, 10) << true;
    QTest::addRow("changed in the month in progress") << QDate(2026, 6, 3) << false;
    QTest::addRow("changed before the trend") << QDate(2026, 2, 10) << false;
    QTest::addRow("changed a year ago") << QDate(2025, 6, 10) << false;
}

void TestFrictionMatrixView::typesMarkADefinitionChange()
{
    QFETCH(QDate, changedOn);
    QFETCH(bool, marked);
    Workspace& ws = *m_ws->workspace;
    const FrictionType type = ws.repository<FrictionType>().list().first();
    const QList<MetricVersion> versions =
        ws.repository<MetricVersion>().list(Filter().where("metric_id", type.kpiMetricId).order("version DESC"));
    QVERIFY(!versions.isEmpty());
    MetricVersion next = versions.first();
    next.id = 0;
    next.version += 1;
    next.reason = QStringLiteral("Count recycled leads once");
    next.changedAt = changedOn.startOfDay(Qt::UTC).addSecs(12 * 3600);
    QVERIFY(ws.repository<MetricVersion>().insert(next));

    FrictionTypesModel model;
    model.setWorkspace(&ws);
    QCOMPARE(model.records().first().id, type.id);
    const QModelIndex value = model.index(0, FrictionTypesModel::KpiValue);
    QVERIFY(value.data(FrictionTypesModel::TrendRole).isValid());
    QCOMPARE(value.data(FrictionTypesModel::DefinitionChangedRole).toBool(), marked);
    QCOMPARE(value.data().toString().contains(QStringLiteral("definition changed")), marked);
    QCOMPARE(
        value.data(Qt::ToolTipRole).toString().contains(QStringLiteral("changed in 2026-0%1").arg(changedOn.month())),
        marked);
}

void TestFrictionMatrixView::editsTypeTextInPlaceAndUndoes()
{
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("frictionTypesTable"));
    QVERIFY(table);
    FrictionTypesModel* model = m_view->typesModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Id id = model->records().first().id;
    const QString before = model->records().first().looksLike;
    QVERIFY(!(model->index(0, FrictionTypesModel::OpenCases).flags() & Qt::ItemIsEditable));

    m_view->findChild<QTabWidget*>(QStringLiteral("frictionMatrixTabs"))->setCurrentIndex(1);
    table->setFocus();
    table->setCurrentIndex(model->index(0, FrictionTypesModel::LooksLike));
    QTest::keyClick(table, Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Leads stall between the teams."));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_ws->workspace->repository<FrictionType>().find(id)->looksLike,
                 QStringLiteral("Leads stall between the teams."));
    QCOMPARE(model->index(0, FrictionTypesModel::LooksLike).data().toString(),
             QStringLiteral("Leads stall between the teams."));

    m_ws->workspace->undoStack()->undo();
    QCOMPARE(m_ws->workspace->repository<FrictionType>().find(id)->looksLike, before);
    QCOMPARE(model->index(0, FrictionTypesModel::LooksLike).data().toString(), before);
    // Emptying a text is refused.
    QVERIFY(!model->setData(model->index(0, FrictionTypesModel::Name), QStringLiteral("  ")));
}

void TestFrictionMatrixView::restoresDefaultsAsOneUndoableEdit()
{
    FrictionTypesModel* model = m_view->typesModel();
    QUndoStack* undo = m_ws->workspace->undoStack();
    const QList<FrictionType> original = model->records();
    QVERIFY(model->setData(model->index(0, FrictionTypesModel::Name), QStringLiteral("Demand – Sales")));
    QVERIFY(model->setData(model->index(2, FrictionTypesModel::Mechanism), QStringLiteral("A launch gate.")));
    const int commands = undo->count();

    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("restoreFrictionTypes")), Qt::LeftButton);
    QCOMPARE(undo->count(), commands + 1);
    QCOMPARE(model->records().at(0).name, original.at(0).name);
    QCOMPARE(model->records().at(2).mechanism, original.at(2).mechanism);

    undo->undo();
    QCOMPARE(model->records().at(0).name, QStringLiteral("Demand – Sales"));
    QCOMPARE(model->records().at(2).mechanism, QStringLiteral("A launch gate."));
    undo->redo();
    // Nothing left to restore: nothing pushed.
    QCOMPARE(model->restoreDefaults(), 0);
    QCOMPARE(undo->count(), commands + 1);
}

void TestFrictionMatrixView::patternsEditAndRestore()
{
    ConflictPatternsModel* model = m_view->patternsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 6);
    QVERIFY(!model->index(0, ConflictPatternsModel::Kpis).data().toString().isEmpty());
    const QString quickFix = model->records().first().quickFix;
    QVERIFY(model->setData(model->index(0, ConflictPatternsModel::QuickFix), QStringLiteral("Talk more.")));
    QCOMPARE(m_ws->workspace->repository<ConflictPattern>().find(model->records().first().id)->quickFix,
             QStringLiteral("Talk more."));
    QCOMPARE(model->restoreDefaults(), 1);
    QCOMPARE(model->records().first().quickFix, quickFix);
    m_ws->workspace->undoStack()->undo();
    QCOMPARE(model->records().first().quickFix, QStringLiteral("Talk more."));
}

void TestFrictionMatrixView::measurePickerRecoloursTheMap()
{
    auto* measure = m_view->findChild<QComboBox*>(QStringLiteral("heatMapMeasure"));
    QVERIFY(measure);
    HeatMapModel* model = m_view->heatMap()->model();
    QSignalSpy changed(model, &HeatMapModel::measureChanged);
    measure->setCurrentIndex(int(HeatMapModel::measures().indexOf(HeatMapModel::Measure::RevenueAtRisk)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model->measure(), HeatMapModel::Measure::RevenueAtRisk);
}

void TestFrictionMatrixView::enterAndDoubleClickDrillDown()
{
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("heatMapTable"));
    QVERIFY(table);
    HeatMapModel* model = m_view->heatMap()->model();
    QModelIndex busy;
    for (int r = 0; r < model->rowCount() && !busy.isValid(); ++r)
        for (int c = 0; c < model->columnCount() && !busy.isValid(); ++c)
            if (model->index(r, c).data().toInt() > 0)
                busy = model->index(r, c);
    QVERIFY(busy.isValid());
    QSignalSpy spy(m_view.get(), &FrictionMatrixView::drillDown);
    table->setFocus();
    table->setCurrentIndex(busy);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    auto filter = spy.at(0).at(0).value<CaseFilter>();
    QCOMPARE(filter.teamId, model->teams().at(busy.row()).id);
    QCOMPARE(filter.otherTeamId, model->teams().at(busy.column()).id);
    QVERIFY(filter.openOnly);

    const QRect rect = table->visualRect(busy);
    // A double-click is a click and then the double-click event, as the window system delivers it.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(spy.count(), 2);
    // The diagonal has nothing to open.
    table->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
}

QTEST_MAIN(TestFrictionMatrixView)
#include "tst_friction_matrix_view.moc"
