#include "PaddedRowDelegate.h"

namespace accord {

QSize PaddedRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(0, option.fontMetrics.height() / 2);
}

} // namespace accord
