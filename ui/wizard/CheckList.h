#pragma once

#include "domain/Id.h"

#include <QListWidget>

namespace accord {

// A set of records to tick (teams involved, contributors) laid out in even columns that grow downward as the field
// narrows, tall enough to show every entry without scrolling. Space ticks the current entry.
class CheckList : public QListWidget
{
    Q_OBJECT

public:
    explicit CheckList(QWidget* parent = nullptr);

    // Replaces the entries; the ticks come from setCheckedIds.
    void setEntries(const QList<std::pair<QString, Id>>& entries);
    void setCheckedIds(const QList<Id>& ids);
    QList<Id> checkedIds() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateGrid();
};

} // namespace accord
