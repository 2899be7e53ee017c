#include "PresentationSheet.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>
#include <QTextOption>
#include <cmath>

namespace accord {
namespace {

QTextOption wrapping(Qt::Alignment alignment)
{
    QTextOption option(alignment & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

} // namespace

void PresentationSheet::paint(QPainter& painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (const SheetBox& box : boxes) {
        if (box.fill.isValid())
            painter.fillRect(box.rect, box.fill);
        if (box.frame.isValid() && box.frameWidth > 0) {
            // The frame is drawn inside the box, so neighbouring boxes' frames meet instead of overlapping text.
            const qreal half = box.frameWidth / 2;
            painter.setPen(QPen(box.frame, box.frameWidth, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box.rect.adjusted(half, half, -half, -half));
        }
        if (box.text.isEmpty())
            continue;
        const QRectF area = box.textRect();
        const qreal height = textHeight(box.text, box.font, area.width());
        QRectF target = area;
        if (box.alignment & Qt::AlignVCenter)
            target.setTop(area.top() + (area.height() - height) / 2);
        else if (box.alignment & Qt::AlignBottom)
            target.setTop(area.bottom() - height);
        target.setHeight(height);
        painter.setFont(box.font);
        painter.setPen(box.textColor);
        painter.drawText(target, box.text, wrapping(box.alignment));
    }
}

qreal PresentationSheet::textHeight(const QString& text, const QFont& font, qreal width)
{
    const QFontMetricsF metrics(font);
    qreal height = 0;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font);
        layout.setTextOption(wrapping(Qt::AlignLeft));
        layout.beginLayout();
        int lines = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            ++lines;
        }
        layout.endLayout();
        height += std::max(1, lines) * metrics.lineSpacing();
    }
    // Qt's own word-wrapped measure may add part of a pixel per line for rounding; the larger of the two, in whole
    // pixels plus one, never clips the last line.
    const qreal qtHeight = metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    return std::ceil(std::max(height, qtHeight)) + 1;
}

qreal PresentationSheet::widestWord(const QString& text, const QFont& font)
{
    const QFontMetricsF metrics(font);
    qreal widest = 0;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString& word : text.split(space, Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

} // namespace accord
