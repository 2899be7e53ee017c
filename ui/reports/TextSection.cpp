#include "TextSection.h"

#include "ReportBuilder.h"
#include "ReportStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

namespace accord {
namespace {

// Text is measured on a device of exactly LayoutDpi, so that lengths in the document's formats (which Qt scales
// by the device's resolution against 96 dpi) and font sizes in points mean the same on every output.
QPaintDevice* layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        const int dotsPerMetre = qRound(ReportStyle::LayoutDpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        return image;
    }();
    return &device;
}

// The bottom of a block's first line: a heading only needs the start of what follows it on its page.
qreal firstLineBottom(const QTextBlock& block, const QRectF& rect)
{
    const QTextLine line = block.layout() ? block.layout()->lineAt(0) : QTextLine();
    return line.isValid() ? rect.top() + line.y() + line.height() : rect.bottom();
}

} // namespace

TextSection::TextSection(const QString& title, std::unique_ptr<QTextDocument> document) : m_title(title)
{
    setDocument(std::move(document));
}

TextSection::~TextSection() = default;

void TextSection::setDocument(std::unique_ptr<QTextDocument> document)
{
    m_document = std::move(document);
    m_document->documentLayout()->setPaintDevice(layoutDevice());
    if (!m_geometry.page.isEmpty())
        layout(m_geometry);
}

void TextSection::layout(const PageGeometry& geometry)
{
    m_geometry = geometry;
    QTextFrameFormat frame = m_document->rootFrame()->frameFormat();
    frame.setLeftMargin(geometry.margins.left());
    frame.setRightMargin(geometry.margins.right());
    frame.setTopMargin(geometry.margins.top());
    frame.setBottomMargin(geometry.margins.bottom());
    m_document->rootFrame()->setFrameFormat(frame);
    m_document->setPageSize(geometry.page);
    keepGroupsTogether();
}

void TextSection::keepGroupsTogether()
{
    QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    const qreal pageHeight = m_geometry.page.height();
    const qreal room = m_geometry.content().height();
    const auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    // Each pass moves the first group that straddles a page to the next page; that changes only what follows it.
    bool moved = true;
    while (moved) {
        moved = false;
        for (QTextBlock block = m_document->begin(); block.isValid() && !moved; block = block.next()) {
            QTextBlockFormat format = block.blockFormat();
            if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            qreal bottom = 0;
            if (format.hasProperty(ReportBuilder::KeepTogetherUntil)) {
                const QTextBlock last = m_document->findBlock(format.intProperty(ReportBuilder::KeepTogetherUntil));
                bottom = layout->blockBoundingRect(last).bottom();
            } else if (format.boolProperty(ReportBuilder::KeepWithNext) && block.next().isValid()) {
                bottom = firstLineBottom(block.next(), layout->blockBoundingRect(block.next()));
            } else {
                continue;
            }
            // A group taller than a page would straddle anyway; moving it would only leave a gap.
            if (pageOf(rect.top()) != pageOf(bottom - 1) && bottom - rect.top() < room) {
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).setBlockFormat(format);
                moved = true;
            }
        }
    }
}

int TextSection::pageCount() const
{
    return m_document->pageCount();
}

void TextSection::paintPage(QPainter& painter, int page) const
{
    const qreal top = page * m_geometry.page.height();
    painter.save();
    painter.translate(0, -top);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(QPointF(0, top), m_geometry.page);
    context.palette.setColor(QPalette::Text, ReportStyle::ink);
    painter.setClipRect(context.clip);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace accord
