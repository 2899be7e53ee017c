#include "GoalModel.h"

#include "ReviewRoles.h"
#include "domain/Team.h"

namespace accord {

GoalModel::GoalModel(QObject* parent) : RecordTableModel<TeamGoal>(parent) {}

int GoalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamGoal& g = records().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Team:
            return m_teams.value(g.teamId);
        case Partner:
            return m_teams.value(g.partnerTeamId);
        case Goal:
            return g.goal;
        case Status:
            return displayName(g.status);
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case Team:
            return g.teamId;
        case Partner:
            return g.partnerTeamId;
        case Goal:
            return g.goal;
        case Status:
            return Id(g.status);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Goal ? g.goal : QString();
    case ReviewRoles::Id:
        return g.id;
    default:
        return {};
    }
}

QVariant GoalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Team:
        return tr("Team");
    case Partner:
        return tr("Usually done by");
    case Goal:
        return tr("Cross-team goal");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags GoalModel::flags(const QModelIndex& index) const
{
    return editableFlags(index);
}

bool GoalModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const TeamGoal before = records().at(index.row());
    TeamGoal after = before;
    switch (index.column()) {
    case Team:
        after.teamId = value.toLongLong();
        break;
    case Partner:
        after.partnerTeamId = value.toLongLong();
        break;
    case Goal:
        after.goal = value.toString().simplified();
        if (after.goal.isEmpty())
            return false;
        break;
    case Status:
        after.status = GoalStatus(value.toInt());
        break;
    default:
        return false;
    }
    return pushChange(before, after, tr("Change the cross-team goal “%1”").arg(before.goal));
}

Id GoalModel::addGoal(Id teamId)
{
    TeamGoal goal;
    goal.teamId = teamId;
    goal.goal = tr("New cross-team goal");
    return pushCreate(goal, tr("Add a cross-team goal"));
}

QSet<QString> GoalModel::watchedTables() const
{
    return {QStringLiteral("team_goals"), QStringLiteral("teams")};
}

void GoalModel::loadLookups(Workspace& workspace)
{
    m_teams.clear();
    for (const accord::Team& t : workspace.repository<accord::Team>().list())
        m_teams.insert(t.id, t.name);
}

} // namespace accord
