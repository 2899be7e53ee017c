#include "AgendaModel.h"

#include "ReviewRoles.h"

namespace accord {

AgendaModel::AgendaModel(QObject* parent) : RecordTableModel<AgendaItem>(parent) {}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItem& item = records().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Kind:
            return displayName(item.kind);
        case Item:
            return item.title;
        case Note:
            return item.note;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == Done)
            return int(item.done ? Qt::Checked : Qt::Unchecked);
        return {};
    case Qt::ToolTipRole:
        return index.column() == Item ? QVariant(item.title) : QVariant();
    case Qt::ForegroundRole:
        if (item.done && index.column() != Note)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case ReviewRoles::Id:
        return item.id;
    case ReviewRoles::Meeting:
        return item.meetingId;
    case ReviewRoles::Sort:
        return item.sortOrder;
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Done:
        return tr("Done");
    case Kind:
        return tr("Source");
    case Item:
        return tr("Item");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !isEditable())
        return flags;
    if (index.column() == Done)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == Note)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AgendaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const AgendaItem before = records().at(index.row());
    AgendaItem after = before;
    if (index.column() == Done && role == Qt::CheckStateRole) {
        after.done = value.toInt() == Qt::Checked;
        return pushChange(before, after,
                          after.done ? tr("Tick “%1”").arg(before.title) : tr("Untick “%1”").arg(before.title));
    }
    if (index.column() == Note && role == Qt::EditRole) {
        after.note = value.toString().trimmed();
        return pushChange(before, after, tr("Note on “%1”").arg(before.title));
    }
    return false;
}

QSet<QString> AgendaModel::watchedTables() const
{
    return {QStringLiteral("agenda_items")};
}

} // namespace accord
