#include "FunnelStageModel.h"

#include "operating/FunnelCommands.h"

namespace accord {

FunnelStageModel::FunnelStageModel(QObject* parent) : RecordTableModel<FunnelStage>(parent) {}

int FunnelStageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunnelStageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FunnelStage& stage = records().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return stage.name;
        case Owner:
            return role == Qt::EditRole ? QVariant(stage.ownerTeamId) : QVariant(teamName(stage.ownerTeamId));
        case EntryCriteria:
            return stage.entryCriteria;
        case ExitCriteria:
            return stage.exitCriteria;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Owner && stage.ownerTeamId)
            return teamColour(stage.ownerTeamId);
        return {};
    case Qt::UserRole:
        return stage.id;
    default:
        return {};
    }
}

QVariant FunnelStageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Stage");
    case Owner:
        return tr("Owner");
    case EntryCriteria:
        return tr("Entry criteria");
    case ExitCriteria:
        return tr("Exit criteria");
    default:
        return {};
    }
}

Qt::ItemFlags FunnelStageModel::flags(const QModelIndex& index) const
{
    return editableFlags(index);
}

bool FunnelStageModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !isEditable() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    FunnelStage after = records().at(index.row());
    switch (index.column()) {
    case Name:
        after.name = value.toString();
        break;
    case Owner:
        after.ownerTeamId = value.toLongLong();
        break;
    case EntryCriteria:
        after.entryCriteria = value.toString().trimmed();
        break;
    case ExitCriteria:
        after.exitCriteria = value.toString().trimmed();
        break;
    default:
        return false;
    }
    // A refused edit (an empty name) leaves the cell as it was; there is nothing more to tell.
    QString error;
    return push(FunnelCommands::edit(*workspace(), after, &error));
}

bool FunnelStageModel::addStage(int afterRow, Id* newId, QString* error)
{
    if (!isEditable())
        return false;
    const auto previous = recordAt(afterRow);
    QString code;
    if (!push(FunnelCommands::add(*workspace(), previous ? previous->id : 0, tr("New stage"), error, &code)))
        return false;
    for (const FunnelStage& stage : records())
        if (stage.code == code)
            *newId = stage.id;
    return true;
}

bool FunnelStageModel::moveStage(int row, int delta, QString* error)
{
    const auto stage = recordAt(row);
    return isEditable() && stage && push(FunnelCommands::move(*workspace(), stage->id, delta, error));
}

bool FunnelStageModel::removeStage(int row, QString* error)
{
    const auto stage = recordAt(row);
    return isEditable() && stage && push(FunnelCommands::remove(*workspace(), stage->id, error));
}

QString FunnelStageModel::teamName(Id teamId) const
{
    for (const Team& team : m_teams)
        if (team.id == teamId)
            return team.name;
    return {};
}

QColor FunnelStageModel::teamColour(Id teamId) const
{
    for (const Team& team : m_teams)
        if (team.id == teamId && QColor::isValidColorName(team.color))
            return QColor::fromString(team.color);
    return QColor(Qt::gray);
}

QSet<QString> FunnelStageModel::watchedTables() const
{
    return {QStringLiteral("funnel_stages"), QStringLiteral("teams")};
}

void FunnelStageModel::loadLookups(Workspace& workspace)
{
    m_teams = workspace.repository<Team>().list();
}

bool FunnelStageModel::push(std::unique_ptr<QUndoCommand> command)
{
    if (!command)
        return false;
    workspace()->undoStack()->push(command.release());
    return true;
}

} // namespace accord
