#pragma once

#include "common/RecordTableModel.h"
#include "domain/ReviewMeeting.h"

namespace accord {

// Review meetings by date and status (the title is their tooltip), newest first when sorted on ReviewRoles::Sort;
// filter by ReviewRoles::Rhythm for one rhythm's.
class MeetingModel : public RecordTableModel<ReviewMeeting>
{
    Q_OBJECT

public:
    enum Column { Date, Status, ColumnCount };

    explicit MeetingModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QSet<QString> watchedTables() const override;
    void loadLookups(Workspace&) override {}
};

} // namespace accord
