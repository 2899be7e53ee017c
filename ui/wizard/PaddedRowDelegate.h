#pragma once

#include <QStyledItemDelegate>

namespace accord {

// Rows sized to their contents hug wrapped text so tightly that the last line's descenders touch (or, with some
// fonts, lose) the row's bottom edge; this delegate gives every cell half a line of air.
class PaddedRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace accord
