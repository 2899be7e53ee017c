#include "PdfText.h"
#include "TestSupport.h"
#include "cases/CaseListModel.h"
#include "reports/CasePickerDialog.h"
#include "reports/Report.h"
#include "reports/ReportActions.h"
#include "reports/ReportRenderer.h"
#include "reports/Reports.h"
#include "storage/CaseListQuery.h"

#include <QApplication>
#include <QPrinter>
#include <QTableView>
#include <QTest>

using namespace accord;
using accord::test::PdfText;

class TestReportActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packPickerStartsWithEveryOpenCase();
    void summaryPickerTakesTheClickedCase();
    void printerGetsTheSameDocument_data();
    void printerGetsTheSameDocument();
};

void TestReportActions::packPickerStartsWithEveryOpenCase()
{
    test::TempWorkspace ws(Workspace::Content::Demo);
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    CaseFilter open;
    open.openOnly = true;
    open.sortKey = CaseFilter::SortKey::Id;
    open.descending = false;
    QList<Id> expected;
    for (const CaseSummary& c : CaseListQuery::fetch(ws->database(), open, 0, -1))
        expected << c.id;
    CasePickerDialog picker(ws.workspace.get(), CasePickerDialog::Mode::Many);
    QCOMPARE(picker.chosenCases(), expected);
}

void TestReportActions::summaryPickerTakesTheClickedCase()
{
    test::TempWorkspace ws(Workspace::Content::Demo);
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    CasePickerDialog picker(ws.workspace.get(), CasePickerDialog::Mode::One);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    auto* view = picker.findChild<QTableView*>(QStringLiteral("casePicker"));
    QVERIFY(view);
    QVERIFY(picker.chosenCases().isEmpty());
    const QModelIndex third = view->model()->index(2, CaseListModel::Title);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(third).center());
    QCOMPARE(picker.chosenCases(), QList<Id>{third.data(CaseListModel::CaseIdRole).value<Id>()});
}

void TestReportActions::printerGetsTheSameDocument_data()
{
    QTest::addColumn<bool>("pack");
    QTest::addRow("decision summary") << false;
    QTest::addRow("workshop pack") << true;
}

void TestReportActions::printerGetsTheSameDocument()
{
    QFETCH(bool, pack);
    QVERIFY2(!PdfText::tool(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is not installed");
    test::TempWorkspace ws(Workspace::Content::Demo);
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    QString error;
    const auto make = [&] { return ReportActions::make(*ws, {1, 4}, pack, &error); };
    auto report = make();
    QVERIFY2(report, qPrintable(error));
    // The print preview paints on a QPrinter; one printing to a PDF file shows what it gets.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = ws.dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    QVERIFY2(ReportRenderer::paint(*report, printer, &error), qPrintable(error));
    const QString exported = ws.dir.filePath(QStringLiteral("exported.pdf"));
    auto again = make();
    QVERIFY(ReportRenderer::writePdf(*again, exported, printer.pageLayout().pageSize(), &error));
    QCOMPARE(PdfText::pages(printed), PdfText::pages(exported));
    QCOMPARE(PdfText::simplified(PdfText::text(printed)), PdfText::simplified(PdfText::text(exported)));
}

QTEST_MAIN(TestReportActions)
#include "tst_report_actions.moc"
