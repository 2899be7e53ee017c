#include "MeetingModel.h"

#include "ReviewRoles.h"

#include <QLocale>

namespace accord {

MeetingModel::MeetingModel(QObject* parent) : RecordTableModel<ReviewMeeting>(parent) {}

int MeetingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewMeeting& meeting = records().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return QLocale().toString(meeting.heldOn, QLocale::ShortFormat);
        case Status:
            return displayName(meeting.status);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return meeting.title;
    case ReviewRoles::Id:
        return meeting.id;
    case ReviewRoles::Rhythm:
        return meeting.rhythmId;
    case ReviewRoles::Sort:
        return meeting.heldOn;
    default:
        return {};
    }
}

QVariant MeetingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

QSet<QString> MeetingModel::watchedTables() const
{
    return {QStringLiteral("review_meetings")};
}

} // namespace accord
