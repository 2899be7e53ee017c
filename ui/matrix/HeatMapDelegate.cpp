#include "HeatMapDelegate.h"

#include "HeatMapModel.h"
#include "HeatScale.h"

#include <QPainter>

namespace accord {

void HeatMapDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const double intensity = index.data(HeatMapModel::IntensityRole).toDouble();
    painter->save();
    painter->fillRect(option.rect,
                      index.row() == index.column() ? QColor(0xc8, 0xc8, 0xc8) : HeatScale::fill(intensity));
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(HeatScale::text(intensity));
    painter->drawText(option.rect, Qt::AlignCenter, index.data(HeatMapModel::MeasureTextRole).toString());
    if (option.state & (QStyle::State_HasFocus | QStyle::State_Selected)) {
        // The current cell is framed in black, thick enough to see on the darkest shade as on the lightest.
        painter->setPen(QPen(Qt::black, 3));
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

} // namespace accord
