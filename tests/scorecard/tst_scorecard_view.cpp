#include "TestSupport.h"
#include "common/Theme.h"
#include "dictionary/MetricCommands.h"
#include "domain/Decision.h"
#include "domain/Period.h"
#include "formula/FormulaParser.h"
#include "scorecard/FunnelChart.h"
#include "scorecard/LineageDialog.h"
#include "scorecard/LineageModel.h"
#include "scorecard/ScorecardModel.h"
#include "scorecard/ScorecardText.h"
#include "scorecard/ScorecardView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace accord;

class TestScorecardView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boardShowsTheComputedNumbers();
    void lineageListsTheRecordsOfANumber();
    void lineageExportsCsv();
    void lineageOfAValueEnteredByHand();
    void breakdownBySource();
    void definitionChangeIsMarked();
    void funnelConvertsStageToStage();

private:
    struct Board;
};

// The scorecard area on the demo workspace, on screen, with the clock of the test.
struct TestScorecardView::Board
{
    Board() : ws(Workspace::Content::Demo)
    {
        if (!ws.workspace)
            return;
        view.setWorkspace(ws.workspace.get());
        view.resize(1600, 1000);
        view.show();
        active = QTest::qWaitForWindowActive(&view);
        table = view.findChild<QTableView*>(QStringLiteral("scorecardTable"));
    }

    int rowOf(const QString& code, const QString& group = {}) const
    {
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            const ScorecardRow* r = view.model()->rowAt(row);
            if (r->metric.code == code && r->group == group)
                return row;
        }
        return -1;
    }
    // Clicks a number the way a user does, and waits for its lineage.
    LineageDialog* clickNumber(int row, int column)
    {
        const QModelIndex index = view.model()->index(row, column);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        LineageDialog* dialog = view.lineage();
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }
    ScorecardOptions shown() const
    {
        ScorecardOptions options;
        options.to = ws.clock.today();
        options.from = QDate(options.to.year(), options.to.month(), 1).addMonths(-5);
        return options;
    }

    test::TempWorkspace ws;
    ScorecardView view;
    bool active = false;
    QTableView* table = nullptr;
};

void TestScorecardView::initTestCase()
{
    Theme::apply(*qApp);
}

void TestScorecardView::boardShowsTheComputedNumbers()
{
    Board b;
    QVERIFY2(b.ws.workspace, qPrintable(b.ws.error));
    QVERIFY(b.active);
    QAbstractItemModelTester tester(b.view.model());
    QString error;
    const QList<ScorecardRow> expected = Scorecard::build(*b.ws, b.shown(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(b.view.model()->rowCount(), expected.size());
    QCOMPARE(b.view.model()->periodAt(ScorecardModel::FirstPeriod), QStringLiteral("2026-01"));

    // Every cell shows what the scorecard computed from the dictionary's formula.
    const ScorecardModel& model = *b.view.model();
    for (const ScorecardRow& e : expected) {
        const int row = b.rowOf(e.metric.code);
        QVERIFY2(row >= 0, qPrintable(e.metric.code));
        for (int i = 0; i < e.cells.size(); ++i) {
            QCOMPARE(model.rowAt(row)->cells.at(i).value, e.cells.at(i).value);
            const QColor fill =
                model.index(row, ScorecardModel::FirstPeriod + i).data(Qt::BackgroundRole).value<QColor>();
            QCOMPARE(fill.isValid(), e.cells.at(i).value.has_value());
        }
    }
    // Speed first, then quality, then impact.
    QCOMPARE(model.index(0, ScorecardModel::Section).data().toString(), QStringLiteral("Speed"));
    QCOMPARE(model.index(model.rowCount() - 1, ScorecardModel::Section).data().toString(), QStringLiteral("Impact"));
    const int conversion = b.rowOf(QStringLiteral("mql_to_sql_conversion"));
    QVERIFY(model.index(conversion, model.targetColumn()).data().toString().startsWith(QStringLiteral("25")));

    // Periods are headed as people read them; the clock stands in June, which the board shows as to date.
    QCOMPARE(model.headerData(ScorecardModel::FirstPeriod, Qt::Horizontal).toString(), QStringLiteral("Jan 2026"));
    QCOMPARE(model.headerData(model.targetColumn() - 1, Qt::Horizontal).toString(),
             QStringLiteral("Jun 2026\nto date"));
    // The status is judged by May, the last month that is over, not by the half of June the leads had to convert.
    for (const ScorecardRow& e : expected) {
        const int row = b.rowOf(e.metric.code);
        std::optional<double> settled;
        for (int i = 0; i < e.cells.size() - 1; ++i)
            settled = e.cells.at(i).value ? e.cells.at(i).value : settled;
        QCOMPARE(model.index(row, model.statusColumn()).data().toString(),
                 ScorecardText::ragName(Scorecard::rag(e.metric, settled)));
    }
}

void TestScorecardView::lineageListsTheRecordsOfANumber()
{
    Board b;
    QVERIFY2(b.ws.workspace, qPrintable(b.ws.error));
    QVERIFY(b.active);
    const int row = b.rowOf(QStringLiteral("mql_to_sql_conversion"));
    const int may = ScorecardModel::FirstPeriod + 4;
    QCOMPARE(b.view.model()->periodAt(may), QStringLiteral("2026-05"));
    const ScorecardCell cell = b.view.model()->rowAt(row)->cells.at(4);
    QVERIFY(cell.records > LineageModel::PageSize);

    LineageDialog* dialog = b.clickNumber(row, may);
    QVERIFY(dialog);
    QVERIFY(
        dialog->findChild<QLabel*>(QStringLiteral("lineageFormula"))->text().contains(QStringLiteral("reached(sql)")));
    const QString filters = dialog->findChild<QLabel*>(QStringLiteral("lineageFilters"))->text();
    QVERIFY2(filters.contains(QStringLiteral("Period May 2026")), qPrintable(filters));
    QVERIFY2(filters.contains(QStringLiteral("leads where reached(mql) by mql_at")), qPrintable(filters));

    // The table holds the records the number counted, read a page at a time.
    LineageModel* records = dialog->model();
    QAbstractItemModelTester tester(records);
    QCOMPARE(records->totalCount(), int(cell.records));
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("lineageRecords"));
    while (records->rowCount() < records->totalCount()) {
        const int before = records->rowCount();
        table->scrollToBottom();
        QTRY_VERIFY(records->rowCount() > before);
    }
    const Period period = *Period::parse(QStringLiteral("2026-05"));
    int reachedSql = 0;
    for (int i = 0; i < records->rowCount(); ++i) {
        const CrmRecord record = *records->recordAt(i);
        QCOMPARE(record.kind, CrmRecordKind::Lead);
        QVERIFY2(period.contains(record.mqlAt.toUTC().date()), qPrintable(record.externalId));
        reachedSql += record.sqlAt.isValid() ? 1 : 0;
    }
    // The share the board shows is the share of these rows that reached SQL.
    QCOMPARE(100.0 * reachedSql / records->rowCount(), *cell.value);

    // The model reads the records a page at a time, only when asked for more.
    QStringList ids;
    for (int i = 0; i < records->rowCount(); ++i)
        ids << records->recordAt(i)->externalId;
    LineageModel pages(&*b.ws, {CrmRecordKind::Lead}, ids);
    QCOMPARE(pages.rowCount(), 0);
    QVERIFY(pages.canFetchMore({}));
    pages.fetchMore({});
    QCOMPARE(pages.rowCount(), LineageModel::PageSize);
    while (pages.canFetchMore({}))
        pages.fetchMore({});
    QCOMPARE(pages.rowCount(), records->rowCount());
    QCOMPARE(pages.recordAt(pages.rowCount() - 1)->sqlAt, records->recordAt(records->rowCount() - 1)->sqlAt);
    QVERIFY(
        dialog->findChild<QLabel*>(QStringLiteral("lineageStatus"))->text().startsWith(QString::number(cell.records)));
}

void TestScorecardView::lineageExportsCsv()
{
    Board b;
    QVERIFY2(b.ws.workspace, qPrintable(b.ws.error));
    QVERIFY(b.active);
    const int row = b.rowOf(QStringLiteral("won_revenue"));
    const int june = ScorecardModel::FirstPeriod + 5;
    LineageDialog* dialog = b.clickNumber(row, june);
    QVERIFY(dialog);
    const int total = dialog->model()->totalCount();
    QVERIFY(total > 0);

    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportLineage")), Qt::LeftButton);
    auto* chooser = dialog->findChild<QFileDialog*>(QStringLiteral("lineageExportFile"));
    QVERIFY(chooser);
    QTRY_VERIFY(chooser->isVisible());
    const QString path = b.ws.dir.filePath(QStringLiteral("won.csv"));
    // Typed into the name field: selectFile() leaves it alone once it has the focus.
    chooser->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(path);
    static_cast<QDialog*>(chooser)->accept(); // QFileDialog keeps its override protected

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // A header, one line per record, and the empty rest after the last line end.
    QCOMPARE(lines.size(), total + 2);
    QVERIFY(lines.first().startsWith("Kind,Record ID,Created"));
    double sum = 0;
    for (int i = 1; i <= total; ++i) {
        QVERIFY(lines.at(i).startsWith("opportunity,"));
        sum += lines.at(i).trimmed().split(',').last().toDouble();
    }
    QCOMPARE(sum, *b.view.model()->rowAt(row)->cells.at(5).value);
}

void TestScorecardView::lineageOfAValueEnteredByHand()
{
    Board b;
    QVERIFY2(b.ws.workspace, qPrintable(b.ws.error));
    QVERIFY(b.active);
    const int row = b.rowOf(QStringLiteral("nps"));
    QVERIFY(row >= 0);
    LineageDialog* dialog = b.clickNumber(row, ScorecardModel::FirstPeriod + 4);
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->totalCount(), 0);
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("exportLineage"))->isEnabled());
    const QString status = dialog->findChild<QLabel*>(QStringLiteral("lineageStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("entered by hand")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("2026-05: ")), qPrintable(status));
}

void TestScorecardView::breakdownBySource()
{
    Board b;
    QVERIFY2(b.ws.workspace, qPrintable(b.ws.error));
    QVERIFY(b.active);
    auto* breakdown = b.view.findChild<QComboBox*>(QStringLiteral("scorecardBreakdown"));
    QVERIFY(b.table->isColumnHidden(ScorecardModel::Group));
    breakdown->setFocus();
    QTest::keyClick(breakdown, Qt::Key_Down);
    QCOMPARE(breakdown->currentText(), QStringLiteral("By source"));
    QVERIFY(!b.table->isColumnHidden(ScorecardModel::Group));

    ScorecardOptions options = b.shown();
    options.dimension = MetricEvaluator::Dimension::Source;
    const QList<ScorecardRow> expected = Scorecard::build(*b.ws, options, nullptr);
    QCOMPARE(b.view.model()->rowCount(), expected.size());
    const ScorecardRow& first = expected.constFirst();
    QVERIFY(!first.group.isEmpty());
    const int row = b.rowOf(first.metric.code, first.group);
    QVERIFY(row >= 0);
    QCOMPARE(b.view.model()->index(row, ScorecardModel::Group).data().toString(), first.group);

    LineageDialog* dialog = b.clickNumber(row, ScorecardModel::FirstPeriod + 4);
    QVERIFY(dialog);
    const QString filters = dialog->findChild<QLabel*>(QStringLiteral("lineageFilters"))->text();
    QVERIFY2(filters.contains(QStringLiteral("Source is “%1”").arg(first.group).toHtmlEscaped()), qPrintable(filters));
    for (int i = 0; i < dialog->model()->rowCount(); ++i)
        QCOMPARE(dialog->model()->recordAt(i)->source, first.group);
}

void TestScorecardView::definitionChangeIsMarked()
{
    Board b;
    QVERIFY2(b.ws.workspace, qPrintable(b.ws.error));
    QVERIFY(b.active);
    const int row = b.rowOf(QStringLiteral("win_rate"));
    const QModelIndex june = b.view.model()->index(row, ScorecardModel::FirstPeriod + 5);
    QVERIFY(!june.data().toString().contains(QStringLiteral("Δ")));

    Filter filter;
    filter.where("code", QStringLiteral("win_rate"));
    Metric metric = b.ws->repository<Metric>().list(filter).value(0);
    Decision approval;
    approval.text = QStringLiteral("Count a deal as closed when its contract is signed");
    QVERIFY(b.ws->repository<Decision>().insert(approval));
    metric.definition += QStringLiteral(" Closed means signed.");
    auto command = MetricCommands::change(*b.ws, metric, approval.id, QStringLiteral("Signed contracts"), nullptr);
    QVERIFY(command);
    b.ws->undoStack()->push(command.release());

    // The board follows the dictionary: the change is marked in June only.
    const QModelIndex changed =
        b.view.model()->index(b.rowOf(QStringLiteral("win_rate")), ScorecardModel::FirstPeriod + 5);
    QVERIFY(changed.data().toString().endsWith(QStringLiteral("Δ")));
    QVERIFY(!b.view.model()
                 ->index(changed.row(), ScorecardModel::FirstPeriod + 4)
                 .data()
                 .toString()
                 .contains(QStringLiteral("Δ")));
    LineageDialog* dialog = b.clickNumber(changed.row(), changed.column());
    QVERIFY(dialog);
    bool named = false;
    for (const QLabel* label : dialog->findChildren<QLabel*>())
        named = named || label->text().contains(QStringLiteral("changed in this period: version 2"));
    QVERIFY(named);
}

void TestScorecardView::funnelConvertsStageToStage()
{
    Board b;
    QVERIFY2(b.ws.workspace, qPrintable(b.ws.error));
    const QList<FunnelChart::Stage> stages = b.view.funnel()->stages();
    QCOMPARE(stages.size(), 6);
    QVERIFY(stages.first().count > 0);
    QVERIFY(!stages.first().conversion);
    for (int i = 1; i < stages.size(); ++i) {
        QVERIFY2(stages.at(i).count <= stages.at(i - 1).count, qPrintable(stages.at(i).name));
        QVERIFY(stages.at(i).conversion);
        QCOMPARE(*stages.at(i).conversion, 100 * stages.at(i).count / stages.at(i - 1).count);
    }
}

QTEST_MAIN(TestScorecardView)
#include "tst_scorecard_view.moc"
