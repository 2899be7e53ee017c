#include "ActionListModel.h"

#include "ReviewRoles.h"
#include "domain/FrictionCase.h"
#include "domain/Person.h"
#include "domain/Team.h"
#include "playbook/StageGate.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace accord {

ActionListModel::ActionListModel(QObject* parent) : RecordTableModel<Action>(parent) {}

int ActionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActionListModel::isOverdue(int row) const
{
    const auto action = recordAt(row);
    return action && StageGate::isOverdue(*action, m_today);
}

QVariant ActionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Action& a = records().at(index.row());
    const bool overdue = StageGate::isOverdue(a, m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return a.title;
        case Owner:
            return m_people.value(a.ownerId);
        case Team:
            return m_teams.value(m_teamOf.value(a.ownerId));
        case Case:
            return m_cases.value(a.caseId);
        case Due:
            if (overdue) {
                // Spelled out: the English build has no translation file to resolve "%n day(s)".
                const qint64 late = a.dueOn.daysTo(m_today);
                const QString due = QLocale().toString(a.dueOn, QLocale::ShortFormat);
                return late == 1 ? tr("%1 (1 day late)").arg(due) : tr("%1 (%2 days late)").arg(due).arg(late);
            }
            return QLocale().toString(a.dueOn, QLocale::ShortFormat);
        case Status:
            return displayName(a.status);
        default:
            return {};
        }
    case Qt::EditRole:
        return index.column() == Status ? QVariant(int(a.status)) : data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (overdue && (index.column() == Due || index.column() == Title))
            return QColor(0xb4, 0x23, 0x18);
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == Due) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ReviewRoles::Id:
        return a.id;
    case ReviewRoles::Owner:
        return a.ownerId;
    case ReviewRoles::Team:
        return m_teamOf.value(a.ownerId);
    case ReviewRoles::Status:
        return int(a.status);
    case ReviewRoles::Sort:
        // Overdue first, then by due date; undated actions last.
        return QStringLiteral("%1 %2")
            .arg(overdue ? 0 : 1)
            .arg(a.dueOn.isValid() ? a.dueOn.toString(Qt::ISODate) : QStringLiteral("9999"));
    default:
        return {};
    }
}

QVariant ActionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Action");
    case Owner:
        return tr("Owner");
    case Team:
        return tr("Team");
    case Case:
        return tr("Case");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags ActionListModel::flags(const QModelIndex& index) const
{
    return index.column() == Status ? editableFlags(index) : QAbstractTableModel::flags(index);
}

bool ActionListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Status ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Action before = records().at(index.row());
    Action after = before;
    after.status = ActionStatus(value.toInt());
    after.doneOn = after.status == ActionStatus::Done ? m_today : QDate();
    return pushChange(before, after, tr("Mark “%1” %2").arg(before.title, displayName(after.status).toLower()));
}

QSet<QString> ActionListModel::watchedTables() const
{
    return {QStringLiteral("actions"), QStringLiteral("people"), QStringLiteral("teams"), QStringLiteral("cases")};
}

void ActionListModel::loadLookups(Workspace& workspace)
{
    m_today = workspace.clock().today();
    m_people.clear();
    m_teamOf.clear();
    m_teams.clear();
    m_cases.clear();
    for (const Person& p : workspace.repository<Person>().list()) {
        m_people.insert(p.id, p.name);
        m_teamOf.insert(p.id, p.teamId);
    }
    for (const accord::Team& t : workspace.repository<accord::Team>().list())
        m_teams.insert(t.id, t.name);
    for (const FrictionCase& c : workspace.repository<FrictionCase>().list())
        m_cases.insert(c.id, c.title);
}

} // namespace accord
