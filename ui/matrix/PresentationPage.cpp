#include "PresentationPage.h"

#include <QFontMetricsF>

namespace accord {

PresentationPage::PresentationPage(QObject* parent) : QObject(parent) {}

QList<PresentationSheet> PresentationPage::layout(const PresentationStyle& style) const
{
    const QFont titleFont = style.title();
    const QFont footerFont = style.body();
    const qreal titleHeight = QFontMetricsF(titleFont).lineSpacing() + style.padding;
    const qreal footerHeight = QFontMetricsF(footerFont).lineSpacing();
    const QRectF page(style.margin, style.margin, style.size.width() - 2 * style.margin,
                      style.size.height() - 2 * style.margin);
    const QRectF area = page.adjusted(0, titleHeight + style.padding, 0, -(footerHeight + style.padding));

    const QList<QList<SheetBox>> contents = layoutContent(style, area);
    QList<PresentationSheet> sheets;
    for (qsizetype i = 0; i < contents.size(); ++i) {
        PresentationSheet sheet;
        SheetBox background;
        background.kind = SheetBox::Kind::Swatch;
        background.rect = QRectF(QPointF(0, 0), QSizeF(style.size));
        background.fill = style.paper;
        sheet.boxes << background;
        sheet.boxes << textBox(SheetBox::Kind::Title, QRectF(page.topLeft(), QSizeF(page.width(), titleHeight)),
                               title(), titleFont, style);
        sheet.boxes << contents.at(i);
        if (contents.size() > 1) {
            SheetBox footer = textBox(
                SheetBox::Kind::Text, QRectF(page.left(), page.bottom() - footerHeight, page.width(), footerHeight),
                (i + 1 < contents.size() && style.keyboardPaging ? tr("%1 of %2 · Page Down continues")
                                                                 : tr("%1 of %2"))
                    .arg(i + 1)
                    .arg(contents.size()),
                footerFont, style);
            footer.alignment = Qt::AlignRight | Qt::AlignTop;
            footer.textColor = style.muted;
            sheet.boxes << footer;
        }
        sheets << sheet;
    }
    return sheets;
}

bool PresentationPage::moveCurrent(int, int)
{
    return false;
}

std::optional<CaseFilter> PresentationPage::drillDown() const
{
    return std::nullopt;
}

SheetBox PresentationPage::textBox(SheetBox::Kind kind, const QRectF& rect, const QString& text, const QFont& font,
                                   const PresentationStyle& style)
{
    SheetBox box;
    box.kind = kind;
    box.rect = rect;
    box.text = text;
    box.font = font;
    box.textColor = style.ink;
    return box;
}

} // namespace accord
