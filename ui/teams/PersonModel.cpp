#include "PersonModel.h"

#include "domain/Team.h"

namespace accord {

PersonModel::PersonModel(QObject* parent) : RecordTableModel<Person>(parent) {}

int PersonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person& person = records().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return person.archived && role == Qt::DisplayRole ? tr("%1 (archived)").arg(person.name) : person.name;
        case TeamName:
            return role == Qt::EditRole ? QVariant(person.teamId) : QVariant(m_teamNames.value(person.teamId));
        case Role:
            return person.role;
        case Email:
            return person.email;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        return archivedForeground(person);
    case Qt::UserRole:
        return person.id;
    default:
        return {};
    }
}

QVariant PersonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case TeamName:
        return tr("Team");
    case Role:
        return tr("Role");
    case Email:
        return tr("E-mail");
    default:
        return {};
    }
}

Qt::ItemFlags PersonModel::flags(const QModelIndex& index) const
{
    return editableFlags(index);
}

bool PersonModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Person before = records().at(index.row());
    Person after = before;
    switch (index.column()) {
    case Name:
        after.name = value.toString().simplified();
        if (after.name.isEmpty())
            return false;
        return pushChange(before, after, tr("Rename “%1” to “%2”").arg(before.name, after.name));
    case TeamName:
        after.teamId = value.toLongLong();
        return pushChange(before, after, tr("Move “%1” to another team").arg(before.name));
    case Role:
        after.role = value.toString().simplified();
        return pushChange(before, after, tr("Change the role of “%1”").arg(before.name));
    case Email:
        after.email = value.toString().trimmed();
        return pushChange(before, after, tr("Change the e-mail of “%1”").arg(before.name));
    default:
        return false;
    }
}

Id PersonModel::addPerson(Id teamId)
{
    Person person;
    person.name = tr("New person");
    person.teamId = teamId;
    return pushCreate(person, tr("Add a person"));
}

bool PersonModel::setArchived(int row, bool archived)
{
    const auto before = recordAt(row);
    if (!before)
        return false;
    Person after = *before;
    after.archived = archived;
    const QString text = archived ? tr("Archive “%1”") : tr("Restore “%1”");
    return pushChange(*before, after, text.arg(before->name));
}

QSet<QString> PersonModel::watchedTables() const
{
    return {QStringLiteral("people"), QStringLiteral("teams")};
}

void PersonModel::loadLookups(Workspace& workspace)
{
    m_teamNames.clear();
    for (const Team& team : workspace.repository<Team>().list())
        m_teamNames.insert(team.id, team.name);
}

} // namespace accord
