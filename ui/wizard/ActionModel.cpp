#include "ActionModel.h"

#include "playbook/StageGate.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace accord {

ActionModel::ActionModel(WizardContext& context, QObject* parent) : CaseRowsModel(context, parent) {}

int ActionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionModel::display(const Action& action, int column) const
{
    switch (column) {
    case Kind:
        return displayName(action.kind);
    case Title:
        return action.title;
    case Owner:
        return action.ownerId ? context().lookups.personName(action.ownerId) : tr("Owner needed");
    case Due:
        return action.dueOn.isValid() ? dateText(action.dueOn) : tr("Date needed");
    case Status:
        if (StageGate::isOverdue(action, context().today()))
            return tr("%1 · overdue").arg(displayName(action.status));
        return displayName(action.status);
    }
    return {};
}

QVariant ActionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Action& action = at(index);
    const bool overdue = StageGate::isOverdue(action, context().today());
    switch (role) {
    case Qt::DisplayRole:
        return display(action, index.column());
    case Qt::EditRole:
        switch (index.column()) {
        case Kind:
            return int(action.kind);
        case Title:
            return action.title;
        case Owner:
            return action.ownerId;
        case Due:
            return action.dueOn.isValid() ? action.dueOn : context().today();
        case Status:
            return int(action.status);
        }
        return {};
    case Qt::ForegroundRole:
        if (overdue && (index.column() == Due || index.column() == Status))
            return QBrush(QColor(0xb4, 0x23, 0x18));
        if ((index.column() == Owner && !action.ownerId) || (index.column() == Due && !action.dueOn.isValid()))
            return QBrush(QColor(0x9a, 0x5b, 0x13));
        return {};
    case Qt::FontRole:
        if (overdue && (index.column() == Due || index.column() == Status)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (overdue)
            return tr("Overdue: it was due on %1 and is not done.").arg(dateText(action.dueOn));
        return {};
    default:
        return {};
    }
}

QVariant ActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Action");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    }
    return {};
}

bool ActionModel::write(Action& row, int column, const QVariant& value) const
{
    switch (column) {
    case Kind:
        if (value.toInt() < 0 || value.toInt() >= enumCount<ActionKind>())
            return false;
        row.kind = ActionKind(value.toInt());
        return true;
    case Title:
        row.title = value.toString().trimmed();
        return true;
    case Owner:
        row.ownerId = value.toLongLong();
        return true;
    case Due:
        row.dueOn = value.toDate();
        return true;
    case Status:
        if (value.toInt() < 0 || value.toInt() >= enumCount<ActionStatus>())
            return false;
        row.status = ActionStatus(value.toInt());
        row.doneOn = row.status == ActionStatus::Done ? context().today() : QDate();
        return true;
    }
    return false;
}

QString ActionModel::editText(int column) const
{
    switch (column) {
    case Kind:
        return tr("Change an action's kind");
    case Title:
        return tr("Rename an action");
    case Owner:
        return tr("Change an action's owner");
    case Due:
        return tr("Change an action's due date");
    case Status:
        return tr("Change an action's status");
    }
    return {};
}

} // namespace accord
