#include "TeamModel.h"

#include "domain/Person.h"

#include <QColor>

namespace accord {
namespace {

// Calm, distinguishable colours for teams the user adds; the built-in teams bring their own.
const char* const NewTeamColours[] = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f"};

} // namespace

TeamModel::TeamModel(QObject* parent) : RecordTableModel<Team>(parent) {}

int TeamModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Team& team = records().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return team.name;
        case Leader:
            return m_personNames.value(team.leaderId);
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return team.name;
        case Leader:
            return team.leaderId;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Colour && QColor::isValidColorName(team.color))
            return QColor::fromString(team.color);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Colour)
            return team.color;
        return {};
    case Qt::CheckStateRole:
        if (index.column() == Archived)
            return team.archived ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        return archivedForeground(team);
    case Qt::UserRole:
        return team.id;
    default:
        return {};
    }
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Team");
    case Colour:
        return tr("Colour");
    case Leader:
        return tr("Leader");
    case Archived:
        return tr("Archived");
    default:
        return {};
    }
}

Qt::ItemFlags TeamModel::flags(const QModelIndex& index) const
{
    switch (index.column()) {
    case Name:
    case Leader:
        return editableFlags(index);
    case Archived:
        return isEditable() ? QAbstractTableModel::flags(index) | Qt::ItemIsUserCheckable
                            : QAbstractTableModel::flags(index);
    default:
        return QAbstractTableModel::flags(index);
    }
}

bool TeamModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Team before = records().at(index.row());
    Team after = before;
    if (index.column() == Name && role == Qt::EditRole) {
        after.name = value.toString().simplified();
        if (after.name.isEmpty())
            return false;
        return pushChange(before, after, tr("Rename team “%1” to “%2”").arg(before.name, after.name));
    }
    if (index.column() == Leader && role == Qt::EditRole) {
        after.leaderId = value.toLongLong();
        return pushChange(before, after, tr("Change the leader of “%1”").arg(before.name));
    }
    if (index.column() == Archived && role == Qt::CheckStateRole)
        return setArchived(index.row(), value.toInt() == Qt::Checked);
    return false;
}

Id TeamModel::addTeam()
{
    int sortOrder = 0;
    QStringList names;
    for (const Team& team : records()) {
        sortOrder = std::max(sortOrder, team.sortOrder + 1);
        names << team.name;
    }
    Team team;
    team.name = tr("New team");
    for (int n = 2; names.contains(team.name); ++n)
        team.name = tr("New team %1").arg(n);
    team.color = QLatin1String(NewTeamColours[records().size() % std::size(NewTeamColours)]);
    team.sortOrder = sortOrder;
    return pushCreate(team, tr("Add team “%1”").arg(team.name));
}

bool TeamModel::setArchived(int row, bool archived)
{
    const auto before = recordAt(row);
    if (!before)
        return false;
    Team after = *before;
    after.archived = archived;
    const QString text = archived ? tr("Archive team “%1”") : tr("Restore team “%1”");
    return pushChange(*before, after, text.arg(before->name));
}

QSet<QString> TeamModel::watchedTables() const
{
    return {QStringLiteral("teams"), QStringLiteral("people")};
}

void TeamModel::loadLookups(Workspace& workspace)
{
    m_personNames.clear();
    for (const Person& person : workspace.repository<Person>().list())
        m_personNames.insert(person.id, person.name);
}

} // namespace accord
