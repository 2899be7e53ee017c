#include "MainWindow.h"
#include "TestSupport.h"
#include "cases/CaseListModel.h"
#include "domain/Decision.h"
#include "domain/FrictionCase.h"
#include "domain/Person.h"
#include "matrix/HeatMapModel.h"
#include "matrix/HeatMapPage.h"
#include "matrix/MatrixDeck.h"
#include "matrix/PresentationWindow.h"
#include "matrix/TablePage.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace accord;

// Presentation mode driven from the keyboard, as a facilitator does with a clicker or a laptop's keys.
class TestPresentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fillsItsScreenWithoutChrome();
    void arrowsMoveTheCurrentCell();
    void pagesTurnAndTablesContinue();
    void enterDrillsIntoTheCell();
    void escapeCloses();
    void keyMChangesTheMeasure();
    void walksEveryPageWithTheKeyboard();
    void decisionsOfTheDayFollowTheWorkspace();
    void f5DrillsIntoTheCellsCasesAndEscReturns();

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    std::unique_ptr<PresentationWindow> m_window;
    HeatMapPage* heatMap() const { return m_window->deck()->heatMapPage(); }
};

void TestPresentation::init()
{
    m_ws = std::make_unique<test::TempWorkspace>(Workspace::Content::Demo);
    QVERIFY2(m_ws->workspace, qPrintable(m_ws->error));
    m_window = std::make_unique<PresentationWindow>(m_ws->workspace.get(), QGuiApplication::primaryScreen());
    m_window->present();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPresentation::cleanup()
{
    m_window.reset();
    m_ws.reset();
}

void TestPresentation::fillsItsScreenWithoutChrome()
{
    QVERIFY(m_window->isFullScreen());
    QCOMPARE(m_window->screen(), QGuiApplication::primaryScreen());
    QVERIFY(m_window->windowFlags() & Qt::FramelessWindowHint);
    QCOMPARE(m_window->pageCount(), 5);
    QCOMPARE(m_window->currentPage(), 0);
    QVERIFY(!m_window->sheet().boxes.isEmpty());
}

void TestPresentation::arrowsMoveTheCurrentCell()
{
    heatMap()->setCurrent(1, 0);
    QTest::keyClick(m_window.get(), Qt::Key_Right); // onto the diagonal: stepped over
    QCOMPARE(heatMap()->currentRow(), 1);
    QCOMPARE(heatMap()->currentColumn(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_Down);
    QCOMPARE(heatMap()->currentRow(), 3);
    QCOMPARE(heatMap()->currentColumn(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_Left);
    QCOMPARE(heatMap()->currentColumn(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_Up);
    QCOMPARE(heatMap()->currentRow(), 2);
    // At the edge the cell stays where it is.
    heatMap()->setCurrent(0, 1);
    QTest::keyClick(m_window.get(), Qt::Key_Up);
    QCOMPARE(heatMap()->currentRow(), 0);
    // The current cell is framed on screen.
    const auto current = std::find_if(m_window->sheet().boxes.cbegin(), m_window->sheet().boxes.cend(),
                                      [](const SheetBox& b) { return b.kind == SheetBox::Kind::Current; });
    QVERIFY(current != m_window->sheet().boxes.cend());
}

void TestPresentation::pagesTurnAndTablesContinue()
{
    // A projector's resolution, where the friction types need more than one sheet at presentation type size.
    m_window->showNormal();
    m_window->resize(1280, 720);
    QTest::keyClick(m_window.get(), Qt::Key_PageDown);
    QCOMPARE(m_window->currentPage(), 1);
    QCOMPARE(m_window->currentSheet(), 0);
    const int sheets = m_window->sheetCount();
    QVERIFY2(sheets > 1, "seven friction types with their texts do not fit one 720-pixel sheet");
    for (int s = 1; s < sheets; ++s) {
        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QCOMPARE(m_window->currentPage(), 1);
        QCOMPARE(m_window->currentSheet(), s);
    }
    QTest::keyClick(m_window.get(), Qt::Key_PageDown);
    QCOMPARE(m_window->currentPage(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp);
    QCOMPARE(m_window->currentPage(), 1);
    QCOMPARE(m_window->currentSheet(), sheets - 1); // back to where the table ended
    for (int s = 0; s < sheets; ++s)
        QTest::keyClick(m_window.get(), Qt::Key_PageUp);
    QCOMPARE(m_window->currentPage(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp);
    QCOMPARE(m_window->currentPage(), 0);
}

void TestPresentation::enterDrillsIntoTheCell()
{
    QSignalSpy spy(m_window.get(), &PresentationWindow::drillDown);
    HeatMapModel* model = m_window->deck()->heatMapModel();
    int row = -1, column = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r)
        for (int c = 0; c < model->columnCount() && row < 0; ++c)
            if (model->index(r, c).data().toInt() > 0) {
                row = r;
                column = c;
            }
    QVERIFY(row >= 0);
    heatMap()->setCurrent(row, column);
    QTest::keyClick(m_window.get(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    const auto filter = spy.at(0).at(0).value<CaseFilter>();
    QCOMPARE(filter.teamId, model->teams().at(row).id);
    QCOMPARE(filter.otherTeamId, model->teams().at(column).id);
    QVERIFY(filter.openOnly);

    // Nothing to drill into on a page without cells.
    QTest::keyClick(m_window.get(), Qt::Key_PageDown);
    QTest::keyClick(m_window.get(), Qt::Key_Enter);
    QCOMPARE(spy.count(), 1);
}

void TestPresentation::escapeCloses()
{
    QSignalSpy spy(m_window.get(), &PresentationWindow::closed);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!m_window->isVisible());
}

void TestPresentation::keyMChangesTheMeasure()
{
    HeatMapModel* model = m_window->deck()->heatMapModel();
    QCOMPARE(model->measure(), HeatMapModel::Measure::Count);
    QTest::keyClick(m_window.get(), Qt::Key_M);
    QCOMPARE(model->measure(), HeatMapModel::Measure::HighestSeverity);
    // The page's title says what the shades and numbers are now.
    const QList<SheetBox>& boxes = m_window->sheet().boxes;
    const auto title =
        std::find_if(boxes.cbegin(), boxes.cend(), [](const SheetBox& b) { return b.kind == SheetBox::Kind::Title; });
    QVERIFY(title != boxes.cend());
    QVERIFY(title->text.contains(HeatMapModel::measureName(HeatMapModel::Measure::HighestSeverity)));
}

void TestPresentation::walksEveryPageWithTheKeyboard()
{
    // Heat map, friction types, conflict patterns, scorecard, decisions of the day: each page's title says which.
    const QStringList titles{QStringLiteral("Friction heat map"), QStringLiteral("Friction types"),
                             QStringLiteral("Conflict patterns"), QStringLiteral("Scorecard"),
                             QStringLiteral("Decisions of the day")};
    for (int page = 0; page < titles.size(); ++page) {
        QCOMPARE(m_window->currentPage(), page);
        const QList<SheetBox>& boxes = m_window->sheet().boxes;
        const auto title = std::find_if(boxes.cbegin(), boxes.cend(),
                                        [](const SheetBox& b) { return b.kind == SheetBox::Kind::Title; });
        QVERIFY(title != boxes.cend());
        QVERIFY2(title->text.startsWith(titles.at(page)), qPrintable(title->text));
        QVERIFY(std::any_of(boxes.cbegin(), boxes.cend(), [](const SheetBox& b) {
            return b.kind == SheetBox::Kind::Cell || b.kind == SheetBox::Kind::Text;
        }));
        while (m_window->currentPage() == page && page + 1 < titles.size())
            QTest::keyClick(m_window.get(), Qt::Key_PageDown);
    }
}

void TestPresentation::decisionsOfTheDayFollowTheWorkspace()
{
    Workspace& ws = *m_ws->workspace;
    TablePage* page = m_window->deck()->decisionsPage();
    const int before = page->rowCount();
    const FrictionCase c = ws.repository<FrictionCase>().list().first();
    Decision decision;
    decision.caseId = c.id;
    decision.ownerId = ws.repository<Person>().list().first().id;
    decision.text = QStringLiteral("Marketing and Sales share one MQL definition from July");
    decision.decidedOn = m_ws->clock.today();
    QVERIFY(ws.repository<Decision>().insert(decision));
    QCOMPARE(page->rowCount(), before + 1);
    // A decision taken yesterday is not one of today's.
    decision.id = 0;
    decision.decidedOn = m_ws->clock.today().addDays(-1);
    QVERIFY(ws.repository<Decision>().insert(decision));
    QCOMPARE(page->rowCount(), before + 1);

    QList<SheetBox> boxes;
    for (const PresentationSheet& sheet : page->layout(PresentationStyle(QSize(1920, 1080))))
        boxes << sheet.boxes;
    QVERIFY(std::any_of(boxes.cbegin(), boxes.cend(), [&](const SheetBox& b) { return b.text == decision.text; }));
    QVERIFY(std::any_of(boxes.cbegin(), boxes.cend(), [&](const SheetBox& b) { return b.text == c.title; }));
}

void TestPresentation::f5DrillsIntoTheCellsCasesAndEscReturns()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("Accord"), QStringLiteral("Accord")).clear();
    cleanup();
    test::TempWorkspace demo(Workspace::Content::Demo);
    QVERIFY2(demo.workspace, qPrintable(demo.error));
    const QString path = demo.path();
    demo.workspace.reset();
    MainWindow window;
    window.show();
    QString error;
    QVERIFY2(window.openWorkspace(path, &error), qPrintable(error));
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_F5);
    PresentationWindow* presentation = window.presentation();
    QVERIFY(presentation);
    QVERIFY(QTest::qWaitForWindowExposed(presentation));
    // The busiest cell (the arrow keys are checked on their own above).
    HeatMapModel* model = presentation->deck()->heatMapModel();
    QModelIndex busiest;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->index(r, c).data().toInt() > (busiest.isValid() ? busiest.data().toInt() : 0))
                busiest = model->index(r, c);
    QVERIFY(busiest.isValid());
    presentation->deck()->heatMapPage()->setCurrent(busiest.row(), busiest.column());
    QList<Id> expected;
    for (const CaseSummary& c : model->casesFor(busiest))
        expected << c.id;
    QVERIFY(!expected.isEmpty());

    // Enter leaves the presentation for the case list filtered to exactly the cell's open cases.
    QTest::keyClick(presentation, Qt::Key_Return);
    QTRY_VERIFY(!window.presentation());
    auto* table = window.findChild<QTableView*>(QStringLiteral("caseTable"));
    QVERIFY(table && table->isVisible());
    QList<Id> listed;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        listed << table->model()->index(row, 0).data(CaseListModel::CaseIdRole).toLongLong();
    std::sort(expected.begin(), expected.end());
    std::sort(listed.begin(), listed.end());
    QCOMPARE(listed, expected);

    // The window is back in front; F5 presents again, and Esc returns to the normal window.
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.presentation());
    QVERIFY(QTest::qWaitForWindowExposed(window.presentation()));
    QTest::keyClick(window.presentation(), Qt::Key_Escape);
    QTRY_VERIFY(!window.presentation());
    QVERIFY(window.isVisible());
    QTRY_VERIFY(window.isActiveWindow());
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
