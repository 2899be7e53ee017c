#pragma once

#include <QStyledItemDelegate>

namespace accord {

// Paints a heat-map cell in the shade of its measure with the measure's value written in it, so the colour never
// carries the number alone; the diagonal (a team with itself) is greyed.
class HeatMapDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace accord
