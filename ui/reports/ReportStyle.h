#pragma once

#include <QColor>
#include <QFont>
#include <QMarginsF>
#include <QPageSize>
#include <QSizeF>

namespace accord::ReportStyle {

// Reports are laid out in units of 1/96 inch whatever they are painted on, so that a PDF, a printer and the print
// preview break lines and pages at the same places; the painter scales to the device.
constexpr qreal LayoutDpi = 96;

// "a4" or "letter", as stored in the settings; anything else is A4.
QPageSize pageSize(const QString& code);
// The page in layout units.
QSizeF pageSizeInUnits(const QPageSize& size);
// Room around the text: the top and bottom bands hold the running header and the page footer.
QMarginsF pageMargins();
qreal millimetres(qreal mm);

QFont font(qreal points, QFont::Weight weight = QFont::Normal);
qreal bodyPoints();

inline const QColor ink{0x1f, 0x29, 0x33};
inline const QColor muted{0x5b, 0x66, 0x73};
inline const QColor rule{0xc4, 0xca, 0xd3};
inline const QColor accent{0x1d, 0x3b, 0x5a};
inline const QColor headerFill{0xee, 0xf0, 0xf3};
inline const QColor boxFill{0xea, 0xf1, 0xf8};
inline const QColor boxFrame{0x2f, 0x5f, 0x8f};
inline const QColor noteFill{0xfd, 0xf3, 0xdc};
inline const QColor noteFrame{0xc9, 0x8a, 0x1a};

} // namespace accord::ReportStyle
