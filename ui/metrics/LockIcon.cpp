#include "LockIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace accord {
namespace {

QPixmap paintLock(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x2f, 0x5f, 0x8f);
    const qreal unit = size / 16.0;
    painter.setPen(QPen(ink, 1.6 * unit));
    painter.setBrush(Qt::NoBrush);
    QPainterPath shackle;
    shackle.moveTo(5 * unit, 8 * unit);
    shackle.lineTo(5 * unit, 5 * unit);
    shackle.arcTo(QRectF(5 * unit, 2 * unit, 6 * unit, 6 * unit), 180, -180);
    shackle.lineTo(11 * unit, 8 * unit);
    painter.drawPath(shackle);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    painter.drawRoundedRect(QRectF(3 * unit, 7.5 * unit, 10 * unit, 7 * unit), 1.2 * unit, 1.2 * unit);
    return pixmap;
}

} // namespace

QIcon lockIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(paintLock(size));
    return icon;
}

} // namespace accord
