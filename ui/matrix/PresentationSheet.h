#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace accord {

// One screenful of presentation mode, laid out as boxes: a fill, a frame and wrapped text each. Pages lay
// themselves out into sheets and the window (or the renderer) only paints them, so what is painted is exactly
// what the layout measured, and a test can check every box's text fits.
struct SheetBox
{
    enum class Kind { Title, Header, Cell, Text, Swatch, Current };

    Kind kind = Kind::Text;
    QRectF rect;
    QString text;
    QFont font;
    QColor textColor;
    QColor fill;  // none when invalid
    QColor frame; // none when invalid
    qreal frameWidth = 0;
    qreal padding = 0;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop;

    // Where the text goes: the box less its padding.
    QRectF textRect() const { return rect.adjusted(padding, padding, -padding, -padding); }
};

struct PresentationSheet
{
    QList<SheetBox> boxes;

    void paint(QPainter& painter) const;

    // The height text needs when wrapped to a width: at word boundaries, and inside a word only when the word
    // alone is wider than the line, so that nothing is ever cut off or elided.
    static qreal textHeight(const QString& text, const QFont& font, qreal width);
    // The width of the widest word, the narrowest a column can be without breaking a word.
    static qreal widestWord(const QString& text, const QFont& font);
};

} // namespace accord
