#include "TestSupport.h"
#include "matrix/HeatMapPage.h"
#include "matrix/MatrixDeck.h"
#include "matrix/MatrixRenderer.h"
#include "matrix/PresentationStyle.h"
#include "matrix/TablePage.h"

#include <QApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QTest>

using namespace accord;

// Every page of the demo workspace at the sizes facilitators project, checked the way a reader at the back of the
// room would: type large enough, and no text cut off, elided or spilling out of its box. Set
// ACCORD_SCREENSHOT_DIR to keep the rendered pages as PNG files.
class TestPresentationLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pages_data();
    void pages();
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
    for (const char* view : {"heatmap", "types", "patterns"}) {
        QTest::addRow("%s at 1280x720", view) << QString::fromLatin1(view) << QSize(1280, 720);
        QTest::addRow("%s at 1920x1080", view) << QString::fromLatin1(view) << QSize(1920, 1080);
    }
}

void TestPresentationLayout::pages()
{
    QFETCH(QString, view);
    QFETCH(QSize, size);
    const MatrixDeck deck(m_ws.workspace.get());
    const PresentationPage* page = view == QLatin1String("heatmap") ? static_cast<PresentationPage*>(deck.heatMapPage())
                                   : view == QLatin1String("types") ? deck.typesPage()
                                                                    : deck.patternsPage();
    const PresentationStyle style(size);
    QVERIFY(style.bodyPixels >= 28.0 * size.height() / 1080.0);
    const QList<PresentationSheet> sheets = page->layout(style);
    QVERIFY(!sheets.isEmpty());

    const QRectF screen(QPointF(0, 0), QSizeF(size));
    int cells = 0;
    for (const PresentationSheet& sheet : sheets) {
        for (const SheetBox& box : sheet.boxes) {
            QVERIFY2(screen.contains(box.rect), qPrintable(box.text));
            if (box.text.isEmpty())
                continue;
            QVERIFY2(box.font.pixelSize() >= style.bodyPixels, qPrintable(box.text));
            // An independent measure of the wrapped text: Qt's own word-wrapping bounding box must fit the box.
            const QRectF area = box.textRect();
            const QRectF needed =
                QFontMetricsF(box.font).boundingRect(area, Qt::TextWordWrap | int(box.alignment), box.text);
            QVERIFY2(needed.width() <= area.width() + 0.5 && needed.height() <= area.height() + 0.5,
                     qPrintable(QStringLiteral("“%1” needs %2×%3 in %4×%5")
                                    .arg(box.text)
                                    .arg(needed.width())
                                    .arg(needed.height())
                                    .arg(area.width())
                                    .arg(area.height())));
            if (box.kind == SheetBox::Kind::Cell)
                ++cells;
        }
    }
    QVERIFY(cells > 0);
    // A table page shows every row of its model exactly once across its sheets.
    if (view != QLatin1String("heatmap")) {
        const int expectedRows = view == QLatin1String("types") ? 7 : 6;
        const int columns = view == QLatin1String("types") ? 6 : 5;
        QCOMPARE(cells, expectedRows * columns);
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
