#include "RejectReasonModel.h"

#include "operating/UniqueCode.h"

namespace accord {

RejectReasonModel::RejectReasonModel(QObject* parent) : RecordTableModel<RejectReason>(parent) {}

int RejectReasonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectReasonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectReason& reason = records().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return reason.name;
        case Description:
            return reason.description;
        case Action:
            return displayName(reason.action);
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return reason.name;
        case Description:
            return reason.description;
        case Action:
            return int(reason.action);
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == Active)
            return reason.active ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (!reason.active)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::UserRole:
        return reason.id;
    default:
        return {};
    }
}

QVariant RejectReasonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Reason");
    case Description:
        return tr("When Sales picks it");
    case Action:
        return tr("Action");
    case Active:
        return tr("Offered");
    default:
        return {};
    }
}

Qt::ItemFlags RejectReasonModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = editableFlags(index);
    if (index.column() == Active) {
        flags &= ~Qt::ItemIsEditable;
        if (isEditable())
            flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

bool RejectReasonModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const RejectReason before = records().at(index.row());
    RejectReason after = before;
    if (role == Qt::CheckStateRole && index.column() == Active) {
        after.active = value.value<Qt::CheckState>() == Qt::Checked;
        const QString text = after.active ? tr("Offer reason “%1” again") : tr("Stop offering reason “%1”");
        return pushChange(before, after, text.arg(before.name));
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case Name:
        after.name = value.toString().simplified();
        if (after.name.isEmpty())
            return false;
        return pushChange(before, after, tr("Rename reason “%1” to “%2”").arg(before.name, after.name));
    case Description:
        after.description = value.toString().trimmed();
        return pushChange(before, after, tr("Describe reason “%1”").arg(before.name));
    case Action:
        after.action = RejectAction(value.toInt());
        return pushChange(before, after,
                          tr("Reason “%1” leads to %2").arg(before.name, displayName(after.action).toLower()));
    default:
        return false;
    }
}

Id RejectReasonModel::addReason()
{
    RejectReason reason;
    reason.name = tr("New reason");
    QStringList codes;
    for (const RejectReason& r : records()) {
        codes << r.code;
        reason.sortOrder = std::max(reason.sortOrder, r.sortOrder + 1);
    }
    reason.code = uniqueCode(reason.name, codes);
    return pushCreate(reason, tr("Add a reject reason"));
}

bool RejectReasonModel::removeReason(int row)
{
    const auto reason = recordAt(row);
    if (!reason || !isEditable())
        return false;
    workspace()->undoStack()->push(new EntityCommand<RejectReason>(*workspace(), *reason, std::nullopt,
                                                                   tr("Remove reason “%1”").arg(reason->name)));
    return true;
}

QSet<QString> RejectReasonModel::watchedTables() const
{
    return {QStringLiteral("reject_reasons")};
}

} // namespace accord
