#include "AlignmentAreaModel.h"

namespace accord {

AlignmentAreaModel::AlignmentAreaModel(QObject* parent) : RecordTableModel<AlignmentArea>(parent) {}

int AlignmentAreaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlignmentAreaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlignmentArea& area = records().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Area:
            return area.name;
        case Status:
            return displayName(area.status);
        case Owner:
            return personName(area.ownerId);
        case Link:
            return area.link;
        case Note:
            return area.note;
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case Status:
            return int(area.status);
        case Owner:
            return area.ownerId;
        case Link:
            return area.link;
        case Note:
            return area.note;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Area:
            return area.description;
        case Link:
            return area.link;
        case Note:
            return area.note;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == Area)
            return area.status == AlignmentStatus::Agreed ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::UserRole:
        return area.id;
    default:
        return {};
    }
}

QVariant AlignmentAreaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Area:
        return tr("Area");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Owner");
    case Link:
        return tr("Link");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags AlignmentAreaModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = editableFlags(index);
    if (index.column() == Area) {
        // The areas are the checklist itself; what changes is how far each one is.
        flags &= ~Qt::ItemIsEditable;
        if (isEditable())
            flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

bool AlignmentAreaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const AlignmentArea before = records().at(index.row());
    AlignmentArea after = before;
    if (role == Qt::CheckStateRole && index.column() == Area) {
        // Unticking an agreed area reopens it as a draft: the text still exists, the agreement does not.
        after.status =
            value.value<Qt::CheckState>() == Qt::Checked ? AlignmentStatus::Agreed : AlignmentStatus::Drafted;
        return pushChange(before, after, tr("Mark “%1” %2").arg(before.name, displayName(after.status).toLower()));
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case Status:
        after.status = AlignmentStatus(value.toInt());
        return pushChange(before, after, tr("Mark “%1” %2").arg(before.name, displayName(after.status).toLower()));
    case Owner:
        after.ownerId = value.toLongLong();
        return pushChange(before, after, tr("Change the owner of “%1”").arg(before.name));
    case Link:
        after.link = value.toString().trimmed();
        return pushChange(before, after, tr("Change the link of “%1”").arg(before.name));
    case Note:
        after.note = value.toString().trimmed();
        return pushChange(before, after, tr("Change the note on “%1”").arg(before.name));
    default:
        return false;
    }
}

QSet<QString> AlignmentAreaModel::watchedTables() const
{
    return {QStringLiteral("alignment_areas"), QStringLiteral("people")};
}

void AlignmentAreaModel::loadLookups(Workspace& workspace)
{
    m_people = workspace.repository<Person>().list();
}

QString AlignmentAreaModel::personName(Id id) const
{
    for (const Person& person : m_people)
        if (person.id == id)
            return person.name;
    return {};
}

} // namespace accord
