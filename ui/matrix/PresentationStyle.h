#pragma once

#include <QColor>
#include <QFont>
#include <QSize>

namespace accord {

// Type sizes, spacing and colours of presentation mode, all derived from the screen's height in pixels so that a
// projected page reads the same from the back of a room whatever the projector's resolution. Black on white with
// thick rules: the contrast that survives a washed-out projector.
struct PresentationStyle
{
    explicit PresentationStyle(QSize screen);

    // Body text is at least 28 px on a 1080 px high screen, in proportion on others.
    static int minimumBodyPixels(int screenHeight);

    QFont body() const;
    QFont strong() const;
    QFont title() const;

    QSize size;
    int bodyPixels;
    int titlePixels;
    int margin;  // around the page
    int padding; // inside a cell
    int rule;    // the width of a table's lines
    QColor ink{0x11, 0x11, 0x11};
    QColor paper{Qt::white};
    QColor stripe{0xee, 0xee, 0xee}; // every other table row
    QColor muted{0x3a, 0x3a, 0x3a};  // secondary text, still far above the contrast a projector needs
    // Shown on screen, where Page Down turns a sheet; printed and exported sheets only number themselves.
    bool keyboardPaging = false;
};

} // namespace accord
