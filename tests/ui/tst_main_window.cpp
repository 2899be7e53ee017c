#include "CaseFixture.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "cases/CaseListModel.h"
#include "common/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace accord;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsWorkspaceInTitle();
    void filtersByTypingAndStage();
    void archivesAndUndoes();
    void deletesAfterConfirmationAndUndoes();
    void keepsWorkspaceWhenOpenFails();
    void noticesReadOnlyWorkspace();
    void fitsHeadersAtProjectorSize();
    void filtersTheDemoWorkspace();
};

namespace {

// Clicks a button of the next message box as soon as it is shown (it runs its own event loop).
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
    poll->start();
}

int countOf(Workspace& workspace, const CaseFilter& filter)
{
    return CaseListQuery::count(workspace.database(), filter);
}

// A workspace with cases, closed again so that the window opens it the way a user does.
struct ClosedWorkspace
{
    ClosedWorkspace()
    {
        if (ws.workspace)
            fixture = test::addCases(*ws, 40);
        ws.workspace.reset();
    }
    test::TempWorkspace ws;
    test::CaseFixture fixture;
};

struct Window
{
    explicit Window(const QString& path)
    {
        window.show();
        opened = window.openWorkspace(path, &error);
        active = QTest::qWaitForWindowActive(&window);
        search = window.findChild<QLineEdit*>(QStringLiteral("caseSearch"));
        stage = window.findChild<QComboBox*>(QStringLiteral("stageFilter"));
        table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
    }
    int rows() const { return table->model()->rowCount(); }
    Id idAt(int row) const { return table->model()->index(row, 0).data(CaseListModel::CaseIdRole).toLongLong(); }
    QList<Id> ids() const
    {
        QList<Id> all;
        for (int row = 0; row < rows(); ++row)
            all << idAt(row);
        return all;
    }

    MainWindow window;
    QString error;
    bool opened = false;
    bool active = false;
    QLineEdit* search = nullptr;
    QComboBox* stage = nullptr;
    QTableView* table = nullptr;
};

} // namespace

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QSettings(QStringLiteral("Accord"), QStringLiteral("Accord")).clear();
}

void TestMainWindow::showsWorkspaceInTitle()
{
    ClosedWorkspace closed;
    Window w(closed.ws.path());
    QVERIFY2(w.opened, qPrintable(w.error));
    QVERIFY(w.active);
    QCOMPARE(w.window.windowTitle(), QStringLiteral("%1 — Accord").arg(w.window.workspace()->displayName()));
    QVERIFY(!w.window.messageBar()->isVisible());
}

void TestMainWindow::filtersByTypingAndStage()
{
    ClosedWorkspace closed;
    Window w(closed.ws.path());
    QVERIFY2(w.opened, qPrintable(w.error));
    QVERIFY(w.active);
    QVERIFY(w.search && w.stage && w.table);
    QCOMPARE(w.rows(), 40);

    CaseFilter filter;
    filter.search = QStringLiteral("routing");
    QTest::keyClicks(w.search, filter.search);
    QTRY_COMPARE(w.rows(), countOf(*w.window.workspace(), filter));
    QCOMPARE(w.rows(), 4);

    // The first entry after "All stages" is the playbook's first step.
    w.stage->setFocus();
    QTest::keyClick(w.stage, Qt::Key_Down);
    filter.stage = CaseStage::Surface;
    QTRY_COMPARE(w.rows(), countOf(*w.window.workspace(), filter));
    for (int row = 0; row < w.rows(); ++row)
        QCOMPARE(w.table->model()->index(row, CaseListModel::Stage).data().toString(), displayName(CaseStage::Surface));

    w.search->clear();
    filter.search.clear();
    QTRY_COMPARE(w.rows(), countOf(*w.window.workspace(), filter));
}

void TestMainWindow::archivesAndUndoes()
{
    ClosedWorkspace closed;
    Window w(closed.ws.path());
    QVERIFY2(w.opened, qPrintable(w.error));
    QVERIFY(w.active);
    auto* archive = w.window.findChild<QAction*>(QStringLiteral("archiveCase"));
    QVERIFY(archive);
    QVERIFY(!archive->isEnabled());

    w.table->setFocus();
    w.table->selectRow(0);
    const Id archived = w.idAt(0);
    QVERIFY(archive->isEnabled());
    archive->trigger();
    QCOMPARE(w.rows(), 39);
    QVERIFY(!w.ids().contains(archived));

    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(w.rows(), 40);
    QVERIFY(w.ids().contains(archived));
}

void TestMainWindow::deletesAfterConfirmationAndUndoes()
{
    ClosedWorkspace closed;
    Window w(closed.ws.path());
    QVERIFY2(w.opened, qPrintable(w.error));
    QVERIFY(w.active);
    w.table->setFocus();
    w.table->selectRow(2);
    const Id deleted = w.idAt(2);

    answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(w.table, Qt::Key_Delete);
    QTRY_COMPARE(w.rows(), 39);
    QVERIFY(!w.ids().contains(deleted));
    QVERIFY(!w.window.workspace()->repository<FrictionCase>().find(deleted));

    // The confirmation was the active window; without a window manager nothing hands activation back.
    w.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(w.rows(), 40);
    QVERIFY(w.ids().contains(deleted));

    // Answering "No" leaves the case alone.
    w.table->selectRow(0);
    answerNextMessageBox(QMessageBox::No);
    QTest::keyClick(w.table, Qt::Key_Delete);
    QCOMPARE(w.rows(), 40);
}

void TestMainWindow::keepsWorkspaceWhenOpenFails()
{
    ClosedWorkspace closed;
    Window w(closed.ws.path());
    QVERIFY2(w.opened, qPrintable(w.error));
    QVERIFY(w.active);
    Workspace* before = w.window.workspace();

    const QString junk = closed.ws.dir.filePath(QStringLiteral("notes.accord"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are meeting notes, not a workspace.\n");
    file.close();

    QString error;
    QVERIFY(!w.window.openWorkspace(junk, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(w.window.workspace(), before);
    QVERIFY(w.window.messageBar()->isVisible());
    QCOMPARE(w.window.messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY(w.window.messageBar()->text().contains(error));
    QCOMPARE(w.rows(), 40);

    QTest::mouseClick(w.window.messageBar()->findChild<QWidget*>(QStringLiteral("messageClose")), Qt::LeftButton);
    QVERIFY(!w.window.messageBar()->isVisible());
}

void TestMainWindow::noticesReadOnlyWorkspace()
{
    ClosedWorkspace closed;
    // Another Accord has the file open for editing.
    QString error;
    auto other = Workspace::open(closed.ws.path(), Database::Access::ReadWrite, &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(!other->isReadOnly());

    Window w(closed.ws.path());
    QVERIFY2(w.opened, qPrintable(w.error));
    QVERIFY(w.active);
    QVERIFY(w.window.workspace()->isReadOnly());
    QVERIFY(w.window.windowTitle().endsWith(QStringLiteral(" [read-only]")));
    QVERIFY(w.window.messageBar()->isVisible());
    QCOMPARE(w.window.messageBar()->kind(), MessageBar::Kind::Warning);
    QVERIFY(w.window.messageBar()->text().contains(w.window.workspace()->readOnlyReason()));
    w.table->selectRow(0);
    QVERIFY(!w.window.findChild<QAction*>(QStringLiteral("archiveCase"))->isEnabled());
    QVERIFY(!w.window.findChild<QAction*>(QStringLiteral("deleteCase"))->isEnabled());
}

void TestMainWindow::fitsHeadersAtProjectorSize()
{
    test::TempWorkspace demo(Workspace::Content::Demo);
    QVERIFY2(demo.workspace, qPrintable(demo.error));
    demo.workspace.reset();
    Window w(demo.path());
    QVERIFY2(w.opened, qPrintable(w.error));
    w.window.resize(1600, 1000);
    auto* navigation = w.window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    const QString shots = qEnvironmentVariable("ACCORD_SCREENSHOT_DIR");
    for (int area = 0; area < navigation->count(); ++area) {
        navigation->setCurrentRow(area);
        QApplication::processEvents();
        // Every column title of every table in the area is readable in full.
        for (QTableView* table : w.window.findChildren<QTableView*>()) {
            if (!table->isVisible())
                continue;
            QHeaderView* header = table->horizontalHeader();
            for (int section = 0; section < header->count(); ++section) {
                const QString title = table->model()->headerData(section, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(section) >= header->sectionSizeHint(section),
                         qPrintable(QStringLiteral("%1 / %2: %3 < %4")
                                        .arg(table->objectName(), title)
                                        .arg(header->sectionSize(section))
                                        .arg(header->sectionSizeHint(section))));
            }
        }
        // Set ACCORD_SCREENSHOT_DIR to look at the result.
        if (!shots.isEmpty())
            QVERIFY(w.window.grab().save(QStringLiteral("%1/area-%2.png").arg(shots).arg(area)));
    }
}

void TestMainWindow::filtersTheDemoWorkspace()
{
    test::TempWorkspace demo(Workspace::Content::Demo);
    QVERIFY2(demo.workspace, qPrintable(demo.error));
    demo.workspace.reset();
    Window w(demo.path());
    QVERIFY2(w.opened, qPrintable(w.error));
    QVERIFY(w.active);
    Workspace& ws = *w.window.workspace();
    auto* team = w.window.findChild<QComboBox*>(QStringLiteral("teamFilter"));
    QVERIFY(team);

    // The list shows exactly what the query says, in its order (newest first).
    const auto expectRows = [&](const CaseFilter& filter) {
        QList<Id> expected;
        for (const CaseSummary& row : CaseListQuery::fetch(ws.database(), filter, 0, -1))
            expected << row.id;
        QTRY_COMPARE(w.ids(), expected);
    };
    CaseFilter filter;
    QVERIFY(countOf(ws, filter) >= 12);
    expectRows(filter);
    if (QTest::currentTestFailed())
        return;

    // Search by a word of the first title.
    const QString word =
        w.table->model()->index(0, CaseListModel::Title).data().toString().section(QLatin1Char(' '), 0, 0);
    QTest::keyClicks(w.search, word);
    filter.search = word;
    expectRows(filter);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(w.rows() > 0);

    // The first team in the list, chosen with the keyboard.
    w.search->clear();
    filter.search.clear();
    team->setFocus();
    QTest::keyClick(team, Qt::Key_Down);
    filter.teamId = team->currentData().toLongLong();
    QVERIFY(filter.teamId != 0);
    expectRows(filter);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(w.rows() > 0);
    QVERIFY(w.rows() < countOf(ws, {}));
    for (int row = 0; row < w.rows(); ++row)
        QVERIFY(w.table->model()->index(row, CaseListModel::Teams).data().toString().contains(team->currentText()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
