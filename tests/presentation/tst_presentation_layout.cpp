#include "TestSupport.h"
#include "domain/FrictionCase.h"
#include "domain/FrictionType.h"
#include "domain/Team.h"
#include "matrix/HeatMapModel.h"
#include "matrix/HeatMapPage.h"
#include "matrix/MatrixDeck.h"
#include "matrix/MatrixRenderer.h"
#include "matrix/PresentationStyle.h"
#include "matrix/TablePage.h"

#include <QApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QTest>

using namespace accord;

namespace {

// What a reader at the back of the room would find wrong: a box off the screen, type below the body size, text
// that does not fit its box as Qt's own word wrapping measures it, or boxes drawn over each other. Empty when all is
// well; counts the cells.
QString problem(const QList<PresentationSheet>& sheets, const PresentationStyle& style, int* cells)
{
    const QRectF screen(QPointF(0, 0), QSizeF(style.size));
    *cells = 0;
    for (const PresentationSheet& sheet : sheets) {
        for (const SheetBox& box : sheet.boxes) {
            if (!screen.contains(box.rect))
                return QStringLiteral("“%1” is off the screen").arg(box.text);
            if (box.kind == SheetBox::Kind::Cell)
                ++*cells;
            if (box.text.isEmpty())
                continue;
            if (box.font.pixelSize() < style.bodyPixels)
                return QStringLiteral("“%1” is in %2 px type").arg(box.text).arg(box.font.pixelSize());
            // An independent measure of the wrapped text: Qt's own word-wrapping bounding box must fit the box.
            const QRectF area = box.textRect();
            const QRectF needed =
                QFontMetricsF(box.font).boundingRect(area, Qt::TextWordWrap | int(box.alignment), box.text);
            if (needed.width() > area.width() + 0.5 || needed.height() > area.height() + 0.5)
                return QStringLiteral("“%1” needs %2×%3 in %4×%5")
                    .arg(box.text)
                    .arg(needed.width())
                    .arg(needed.height())
                    .arg(area.width())
                    .arg(area.height());
        }
    }
    // Boxes that carry text or a cell's shade never overlap (neighbours share an edge at most).
    for (const PresentationSheet& sheet : sheets) {
        QList<SheetBox> solid;
        for (const SheetBox& box : sheet.boxes)
            if (box.kind != SheetBox::Kind::Swatch && box.kind != SheetBox::Kind::Current)
                solid << box;
        for (qsizetype i = 0; i < solid.size(); ++i)
            for (qsizetype j = i + 1; j < solid.size(); ++j) {
                const QRectF common = solid.at(i).rect.intersected(solid.at(j).rect);
                if (common.width() > 1 && common.height() > 1)
                    return QStringLiteral("“%1” overlaps “%2”").arg(solid.at(i).text, solid.at(j).text);
            }
    }
    return {};
}

} // namespace

// Every page of the demo workspace at the sizes facilitators project, and a heat map of twelve teams, checked the
// way a reader at the back of the room would. Set ACCORD_SCREENSHOT_DIR to keep the rendered pages as PNG files.
class TestPresentationLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pages_data();
    void pages();
    void heatMapWithTwelveTeams_data();
    void heatMapWithTwelveTeams();
    void renderer();

private:
    test::TempWorkspace m_ws{Workspace::Content::Demo};
};

void TestPresentationLayout::initTestCase()
{
    QVERIFY2(m_ws.workspace, qPrintable(m_ws.error));
}

void TestPresentationLayout::pages_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QSize>("size");
    for (const char* view : {"heatmap", "types", "patterns", "scorecard", "decisions"}) {
        QTest::addRow("%s at 1280x720", view) << QString::fromLatin1(view) << QSize(1280, 720);
        QTest::addRow("%s at 1920x1080", view) << QString::fromLatin1(view) << QSize(1920, 1080);
    }
}

void TestPresentationLayout::pages()
{
    QFETCH(QString, view);
    QFETCH(QSize, size);
    const MatrixDeck deck(m_ws.workspace.get());
    const QHash<QString, const PresentationPage*> pages{{QStringLiteral("heatmap"), deck.heatMapPage()},
                                                        {QStringLiteral("types"), deck.typesPage()},
                                                        {QStringLiteral("patterns"), deck.patternsPage()},
                                                        {QStringLiteral("scorecard"), deck.scorecardPage()},
                                                        {QStringLiteral("decisions"), deck.decisionsPage()}};
    const PresentationPage* page = pages.value(view);
    PresentationStyle style(size);
    style.keyboardPaging = true;
    QVERIFY(style.bodyPixels >= 28.0 * size.height() / 1080.0);
    const QList<PresentationSheet> sheets = page->layout(style);
    QVERIFY(!sheets.isEmpty());
    // On screen the footer names the key that continues; printed and exported sheets only number themselves.
    const auto allText = [](const QList<PresentationSheet>& laidOut) {
        QString text;
        for (const PresentationSheet& sheet : laidOut)
            for (const SheetBox& box : sheet.boxes)
                text += box.text + QLatin1Char('\n');
        return text;
    };
    const QList<PresentationSheet> printed = page->layout(PresentationStyle(size));
    QCOMPARE(printed.size(), sheets.size());
    QCOMPARE(allText(sheets).contains(QStringLiteral("Page Down continues")), sheets.size() > 1);
    QVERIFY(!allText(printed).contains(QStringLiteral("Page Down")));

    int cells = 0;
    const QString found = problem(sheets, style, &cells);
    QVERIFY2(found.isEmpty(), qPrintable(found));
    // A table page shows every row of its model exactly once across its sheets (the header row is not a cell).
    const QHash<QString, int> rows{{QStringLiteral("types"), 7},
                                   {QStringLiteral("patterns"), 6},
                                   {QStringLiteral("scorecard"), deck.scorecardPage()->rowCount()},
                                   {QStringLiteral("decisions"), deck.decisionsPage()->rowCount()}};
    const QHash<QString, int> columns{{QStringLiteral("types"), 6},
                                      {QStringLiteral("patterns"), 5},
                                      {QStringLiteral("scorecard"), 4},
                                      {QStringLiteral("decisions"), 3}};
    if (view == QLatin1String("heatmap"))
        QVERIFY(cells > 0);
    else
        QCOMPARE(cells, rows.value(view) * columns.value(view));
    if (view == QLatin1String("scorecard"))
        QVERIFY(rows.value(view) >= 10);
}

void TestPresentationLayout::heatMapWithTwelveTeams_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("1280x720") << QSize(1280, 720);
    QTest::addRow("1920x1080") << QSize(1920, 1080);
}

void TestPresentationLayout::heatMapWithTwelveTeams()
{
    QFETCH(QSize, size);
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    QList<Id> teams;
    for (const Team& team : ws->repository<Team>().list())
        teams << team.id;
    for (const char* name : {"Field Marketing", "Partnerships", "Sales Engineering", "Finance", "Customer Support"}) {
        Team team;
        team.name = QString::fromLatin1(name);
        team.sortOrder = int(teams.size());
        QVERIFY(ws->repository<Team>().insert(team));
        teams << team.id;
    }
    FrictionCase c;
    c.title = QStringLiteral("Partner deals double-counted");
    c.teamIds = {teams.first(), teams.last()};
    c.severity = 3;
    c.raisedOn = ws.clock.today();
    c.frictionTypeId = ws->repository<FrictionType>().list().first().id;
    QVERIFY(ws->repository<FrictionCase>().insert(c));

    const MatrixDeck deck(ws.workspace.get());
    QCOMPARE(deck.heatMapModel()->rowCount(), 12);
    const PresentationStyle style(size);
    const QList<PresentationSheet> sheets = deck.heatMapPage()->layout(style);
    QCOMPARE(sheets.size(), 1);
    int cells = 0;
    const QString found = problem(sheets, style, &cells);
    QVERIFY2(found.isEmpty(), qPrintable(found));
    QCOMPARE(cells, 12 * 12);
    const QString dir = qEnvironmentVariable("ACCORD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QImage image(size, QImage::Format_RGB32);
        QPainter painter(&image);
        sheets.first().paint(painter);
        QVERIFY(image.save(QDir(dir).filePath(
            QStringLiteral("matrix-heatmap-12-teams-%1x%2.png").arg(size.width()).arg(size.height()))));
    }
}

void TestPresentationLayout::renderer()
{
    const QString dir = qEnvironmentVariable("ACCORD_SCREENSHOT_DIR");
    for (const char* name : {"heatmap", "types", "patterns"}) {
        const auto view = MatrixRenderer::viewFromName(QString::fromLatin1(name));
        QVERIFY(view);
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
            const QList<QImage> images = MatrixRenderer::render(*m_ws, *view, size);
            QVERIFY(!images.isEmpty());
            for (qsizetype i = 0; i < images.size(); ++i) {
                QCOMPARE(images.at(i).size(), size);
                QImage blank(size, images.at(i).format());
                blank.fill(Qt::white);
                QVERIFY(images.at(i) != blank);
                if (!dir.isEmpty())
                    QVERIFY(images.at(i).save(QDir(dir).filePath(QStringLiteral("matrix-%1-%2x%3-%4.png")
                                                                     .arg(QLatin1String(name))
                                                                     .arg(size.width())
                                                                     .arg(size.height())
                                                                     .arg(i + 1))));
            }
        }
    }
    QVERIFY(!MatrixRenderer::viewFromName(QStringLiteral("scorecard")));
}

QTEST_MAIN(TestPresentationLayout)
#include "tst_presentation_layout.moc"
