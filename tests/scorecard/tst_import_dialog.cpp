#include "MainWindow.h"
#include "TestSupport.h"
#include "cases/CaseListView.h"
#include "common/MessageBar.h"
#include "domain/CrmImport.h"
#include "domain/CrmRecord.h"
#include "import/ColumnMappingModel.h"
#include "import/ImportDialog.h"
#include "import/ImportProblemModel.h"
#include "scorecard/LineageDialog.h"
#include "scorecard/LineageModel.h"
#include "scorecard/ScorecardModel.h"
#include "scorecard/ScorecardView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace accord;

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importsLeadsAndDealsAndShowsTheirNumbers();
    void goodRowsOnlyAfterSeeingTheProblems();
    void ambiguousDatesAreChosenWithAPreview();
    void editingWaitsDuringImportAndCancelLeavesNothing();
};

namespace {

// The main window on a workspace without CRM records, on the test's clock (June 2026).
struct Window
{
    Window()
    {
        if (!ws.workspace)
            return;
        window.setWorkspace(std::move(ws.workspace));
        window.resize(1600, 1000);
        window.show();
        active = QTest::qWaitForWindowActive(&window);
    }
    Workspace& workspace() { return *window.workspace(); }
    int records() { return workspace().repository<CrmRecord>().count(); }

    // Drops files on the window the way a file manager does, and waits for the import dialog.
    ImportDialog* drop(const QStringList& files)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString& file : files)
            urls << QUrl::fromLocalFile(file);
        data.setUrls(urls);
        const QPointF at(window.width() / 2.0, window.height() / 2.0);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &enter);
        if (!enter.isAccepted())
            return nullptr;
        QDropEvent dropped(at, Qt::CopyAction, &data, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &dropped);
        ImportDialog* dialog = window.importDialog();
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }
    template <typename T> T* child(const char* name)
    {
        return window.importDialog()->findChild<T*>(QLatin1String(name));
    }
    QString summary() { return child<QLabel>("importSummary")->text(); }
    void click(const char* button) { QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton); }
    bool check()
    {
        click("importCheck");
        // A check of a large file reads every row; give it the time a loaded build machine needs.
        return QTest::qWaitFor([this] { return summary().startsWith(QStringLiteral("Rows read")); }, 120000);
    }
    void selectFile(const QString& name)
    {
        auto* list = child<QListWidget>("importFiles");
        const QList<QListWidgetItem*> items = list->findItems(name, Qt::MatchExactly);
        QVERIFY(!items.isEmpty());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
        QCOMPARE(list->currentItem()->text(), name);
    }
    QString mappingText(ImportField field, int column)
    {
        auto* table = child<QTableView>("importMapping");
        return table->model()->index(int(field), column).data().toString();
    }
    void showArea(const QString& title)
    {
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QListWidgetItem* item = navigation->findItems(title, Qt::MatchExactly).value(0);
        QVERIFY(item);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(item).center());
    }

    test::TempWorkspace ws;
    MainWindow window;
    bool active = false;
};

QString crmFile(const char* name)
{
    return test::dataFile(QStringLiteral("import/crm/%1").arg(QLatin1String(name)));
}

} // namespace

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportDialog::init()
{
    QSettings(QStringLiteral("Accord"), QStringLiteral("Accord")).clear();
}

void TestImportDialog::importsLeadsAndDealsAndShowsTheirNumbers()
{
    Window w;
    QVERIFY2(w.window.workspace(), qPrintable(w.ws.error));
    QVERIFY(w.active);
    QCOMPARE(w.records(), 0);
    ImportDialog* dialog = w.drop({crmFile("hubspot_deals.csv"), crmFile("hubspot_contacts.csv")});
    QVERIFY(dialog);
    QCOMPARE(w.child<QListWidget>("importFiles")->count(), 2);

    // The HubSpot preset is offered for both; the deals link to the contacts by their contact id.
    w.selectFile(QStringLiteral("hubspot_deals.csv"));
    QCOMPARE(w.child<QComboBox>("importKind")->currentText(), displayName(CrmRecordKind::Opportunity));
    QVERIFY(w.child<QComboBox>("importMappingSource")->currentText().contains(QStringLiteral("hubspot")));
    QCOMPARE(w.child<QComboBox>("importLinkKey")->currentText(), QStringLiteral("Associated Contact ID"));
    QCOMPARE(w.mappingText(ImportField::Amount, ColumnMappingModel::FileColumn), QStringLiteral("Amount"));
    QCOMPARE(w.mappingText(ImportField::Amount, ColumnMappingModel::FirstValue), QLocale().toString(12500.0, 'f', 2));
    QCOMPARE(w.mappingText(ImportField::CreatedAt, ColumnMappingModel::FirstValue),
             QStringLiteral("2026-03-10 11:00 UTC"));
    w.selectFile(QStringLiteral("hubspot_contacts.csv"));
    QCOMPARE(w.child<QComboBox>("importKind")->currentText(), displayName(CrmRecordKind::Lead));
    QVERIFY(!w.child<QComboBox>("importLinkKey")->isEnabled());

    // Nothing can be imported before the check has said what the import will do.
    QVERIFY(!w.child<QPushButton>("importRun")->isEnabled());
    QVERIFY(w.check());
    QCOMPARE(w.summary(), QStringLiteral("Rows read: 6 · to import: 6 · to update: 0 · rejected: 0"));
    QCOMPARE(w.records(), 0);
    QCOMPARE(w.child<QTableView>("importProblems")->model()->rowCount(), 0);
    QVERIFY(w.child<QPushButton>("importRun")->isEnabled());
    w.click("importRun");
    QTRY_VERIFY(w.summary().startsWith(QStringLiteral("Imported")));
    QCOMPARE(w.summary(), QStringLiteral("Imported: 6 new, 0 updated, 0 rejected."));
    QCOMPARE(w.records(), 6);
    QVERIFY(w.window.caseList()->isEnabled());
    w.click("importClose");
    QTRY_VERIFY(!w.window.importDialog());

    // The scorecard now counts the imported records.
    w.showArea(QStringLiteral("Scorecard"));
    auto* view = w.window.findChild<ScorecardView*>();
    QTRY_VERIFY(view->isVisible());
    const ScorecardModel* model = view->model();
    const int march = ScorecardModel::FirstPeriod + 2;
    QCOMPARE(model->periodAt(march), QStringLiteral("2026-03"));
    int pipeline = -1;
    int conversion = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row)->metric.code == QLatin1String("pipeline_created"))
            pipeline = row;
        if (model->rowAt(row)->metric.code == QLatin1String("mql_to_sql_conversion"))
            conversion = row;
    }
    QVERIFY(pipeline >= 0 && conversion >= 0);
    // D-1, D-2 and D-3 were opened in March: $12,500 + $3,000 + $40,000.
    QCOMPARE(model->rowAt(pipeline)->cells.at(2).value, std::optional<double>(55500));
    QCOMPARE(model->index(pipeline, march).data().toString(), QStringLiteral("$55,500"));
    // Leads 101 and 102 became MQLs in March; 101 went on to SQL.
    QCOMPARE(model->rowAt(conversion)->cells.at(2).value, std::optional<double>(50));

    auto* table = view->findChild<QTableView*>(QStringLiteral("scorecardTable"));
    const QModelIndex cell = model->index(pipeline, march);
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    LineageDialog* lineage = view->lineage();
    QVERIFY(lineage);
    QVERIFY(QTest::qWaitForWindowExposed(lineage));
    QCOMPARE(lineage->model()->totalCount(), 3);
    QTRY_COMPARE(lineage->model()->rowCount(), 3);
    QStringList ids;
    for (int row = 0; row < lineage->model()->rowCount(); ++row)
        ids << lineage->model()->index(row, LineageModel::RecordId).data().toString();
    QCOMPARE(ids, (QStringList{"D-1", "D-2", "D-3"}));
    QCOMPARE(lineage->model()->index(2, LineageModel::Amount).data().toString(), QLocale().toString(40000.0, 'f', 0));
    lineage->close();
}

void TestImportDialog::goodRowsOnlyAfterSeeingTheProblems()
{
    Window w;
    QVERIFY2(w.window.workspace(), qPrintable(w.ws.error));
    QVERIFY(w.drop({crmFile("hubspot_contacts_one_bad_row.csv")}));
    QVERIFY(w.check());
    QCOMPARE(w.summary(), QStringLiteral("Rows read: 3 · to import: 2 · to update: 0 · rejected: 1. The rows below "
                                         "cannot be imported."));
    auto* problems = w.child<QTableView>("importProblems")->model();
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->index(0, ImportProblemModel::Line).data().toInt(), 3);
    QCOMPARE(problems->index(0, ImportProblemModel::ColumnName).data().toString(), QStringLiteral("Create Date"));
    QVERIFY(problems->index(0, ImportProblemModel::Reason).data().toString().contains(QStringLiteral("yesterday")));

    // The good rows go in only once the user said so, having seen the list.
    auto* goodOnly = w.child<QCheckBox>("importGoodRowsOnly");
    QVERIFY(goodOnly->isVisible());
    QVERIFY(!w.child<QPushButton>("importRun")->isEnabled());
    QTest::mouseClick(goodOnly, Qt::LeftButton, {}, QPoint(8, goodOnly->height() / 2));
    QVERIFY(goodOnly->isChecked());
    QVERIFY(w.child<QPushButton>("importRun")->isEnabled());
    w.click("importRun");
    QTRY_VERIFY(w.summary().startsWith(QStringLiteral("Imported")));
    QCOMPARE(w.summary(), QStringLiteral("Imported: 2 new, 0 updated, 1 rejected."));
    QCOMPARE(w.records(), 2);
}

void TestImportDialog::ambiguousDatesAreChosenWithAPreview()
{
    Window w;
    QVERIFY2(w.window.workspace(), qPrintable(w.ws.error));
    QVERIFY(w.drop({crmFile("ambiguous_dates.csv")}));
    auto* notice = w.child<QLabel>("importDateNotice");
    QVERIFY(notice->isVisible());
    QVERIFY(!w.child<QPushButton>("importCheck")->isEnabled());
    QVERIFY(w.mappingText(ImportField::CreatedAt, ColumnMappingModel::FirstValue).startsWith(QLatin1Char('?')));

    // 01/02/2026 is the 1st of February read day first, and the preview says so before anything is imported.
    auto* dates = w.child<QComboBox>("importDateFormat");
    dates->setFocus();
    QTest::keyClick(dates, Qt::Key_Down);
    QTest::keyClick(dates, Qt::Key_Down);
    QCOMPARE(dates->currentData().toInt(), int(DateFormat::DayMonthYear));
    QCOMPARE(w.mappingText(ImportField::CreatedAt, ColumnMappingModel::FirstValue),
             QStringLiteral("2026-02-01 00:00 UTC"));
    QTest::keyClick(dates, Qt::Key_Down);
    QCOMPARE(w.mappingText(ImportField::CreatedAt, ColumnMappingModel::FirstValue),
             QStringLiteral("2026-01-02 00:00 UTC"));
    QVERIFY(w.child<QPushButton>("importCheck")->isEnabled());
    QVERIFY(w.check());
    w.click("importRun");
    QTRY_VERIFY(w.summary().startsWith(QStringLiteral("Imported")));
    Filter filter;
    filter.where("external_id", QStringLiteral("00Q001"));
    QCOMPARE(w.workspace().repository<CrmRecord>().list(filter).value(0).createdAt,
             QDateTime(QDate(2026, 1, 2), QTime(0, 0), QTimeZone::utc()));
}

void TestImportDialog::editingWaitsDuringImportAndCancelLeavesNothing()
{
    Window w;
    QVERIFY2(w.window.workspace(), qPrintable(w.ws.error));
    // A file big enough that the import is still writing when Cancel is clicked.
    const QString path = w.ws.dir.filePath(QStringLiteral("many_contacts.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QTextStream out(&file);
        out << "Record ID,Create Date,Original Source,Lifecycle Stage,Became a Marketing Qualified Lead Date\n";
        for (int i = 0; i < 40000; ++i)
            out << i << ",2026-03-02 09:15,Web,lead,2026-03-03 10:00\n";
    }
    QVERIFY(w.drop({path}));
    QVERIFY(w.check());
    QCOMPARE(w.records(), 0);

    w.click("importRun");
    // While the worker writes, the window's areas, menus and undo wait, and the window says why.
    QVERIFY(!w.window.caseList()->isEnabled());
    QVERIFY(!w.window.menuBar()->isEnabled());
    QVERIFY(!w.window.findChild<QAction*>(QStringLiteral("undo"))->isEnabled());
    QVERIFY(w.window.messageBar()->isVisible());
    QVERIFY(w.window.messageBar()->text().contains(QStringLiteral("editing is paused")));
    QVERIFY(w.child<QProgressBar>("importProgress")->isVisible());
    QVERIFY(!w.child<QPushButton>("importClose")->isEnabled());

    w.click("importCancel");
    QTRY_COMPARE_WITH_TIMEOUT(w.summary(), QStringLiteral("Cancelled: nothing was written."), 60000);
    QCOMPARE(w.records(), 0);
    QCOMPARE(w.workspace().repository<CrmImport>().count(), 0);
    QVERIFY(w.window.caseList()->isEnabled());
    QVERIFY(w.window.menuBar()->isEnabled());
    QVERIFY(!w.window.messageBar()->isVisible());
    QVERIFY(w.child<QPushButton>("importClose")->isEnabled());
}

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"
