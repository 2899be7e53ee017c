#include "CheckList.h"

#include <QResizeEvent>
#include <QStyle>

namespace accord {

CheckList::CheckList(QWidget* parent) : QListWidget(parent)
{
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void CheckList::setEntries(const QList<std::pair<QString, Id>>& entries)
{
    const QSignalBlocker blocker(this);
    clear();
    for (const auto& [text, id] : entries) {
        auto* item = new QListWidgetItem(text, this);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    updateGrid();
}

void CheckList::setCheckedIds(const QList<Id>& ids)
{
    const QSignalBlocker blocker(this);
    for (int row = 0; row < count(); ++row)
        item(row)->setCheckState(ids.contains(item(row)->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
}

QList<Id> CheckList::checkedIds() const
{
    QList<Id> ids;
    for (int row = 0; row < count(); ++row)
        if (item(row)->checkState() == Qt::Checked)
            ids.append(item(row)->data(Qt::UserRole).toLongLong());
    return ids;
}

int CheckList::heightForWidth(int width) const
{
    const QSize cell = gridSize().isValid() ? gridSize() : QSize(1, fontMetrics().height());
    const int columns = std::max(1, (width - 2 * frameWidth()) / std::max(1, cell.width()));
    const int rows = std::max(1, (count() + columns - 1) / columns);
    return rows * cell.height() + 2 * frameWidth() + 4;
}

QSize CheckList::sizeHint() const
{
    const int width = std::max(gridSize().width() * 3, 200);
    return {width, heightForWidth(width)};
}

QSize CheckList::minimumSizeHint() const
{
    return {gridSize().width() + 2 * frameWidth(), heightForWidth(width())};
}

void CheckList::resizeEvent(QResizeEvent* event)
{
    QListWidget::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry();
}

void CheckList::changeEvent(QEvent* event)
{
    QListWidget::changeEvent(event);
    // The wizard's larger type reaches the list after it was filled; the columns must follow it.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGrid();
}

void CheckList::updateGrid()
{
    // Every column as wide as the longest entry, so the names line up in columns.
    int widest = 0;
    for (int row = 0; row < count(); ++row)
        widest = std::max(widest, fontMetrics().horizontalAdvance(item(row)->text()));
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this) + 2 * fontMetrics().height();
    setGridSize(QSize(widest + indicator + fontMetrics().averageCharWidth() * 2, fontMetrics().height() * 8 / 5));
    updateGeometry();
}

} // namespace accord
