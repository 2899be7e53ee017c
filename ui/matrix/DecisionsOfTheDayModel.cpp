#include "DecisionsOfTheDayModel.h"

#include "domain/Decision.h"
#include "domain/FrictionCase.h"
#include "domain/Person.h"
#include "domain/ReviewMeeting.h"
#include "domain/Team.h"
#include "workspace/Clock.h"
#include "workspace/Workspace.h"

namespace accord {

DecisionsOfTheDayModel::DecisionsOfTheDayModel(QObject* parent) : QAbstractTableModel(parent) {}

void DecisionsOfTheDayModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::tablesChanged, this, [this](const QSet<QString>& tables) {
            static const QSet<QString> watched{QStringLiteral("decisions"), QStringLiteral("cases"),
                                               QStringLiteral("review_meetings"), QStringLiteral("people"),
                                               QStringLiteral("teams")};
            if (tables.intersects(watched))
                reload();
        });
    reload();
}

void DecisionsOfTheDayModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_workspace) {
        Workspace& ws = *m_workspace;
        QString error;
        Filter today;
        today.where("decided_on", ws.clock().today()).order("id");
        for (const accord::Decision& d : ws.repository<accord::Decision>().list(today, &error)) {
            if (d.status == DecisionStatus::Superseded || d.status == DecisionStatus::Reversed)
                continue;
            QString where;
            if (const auto c = d.caseId ? ws.repository<FrictionCase>().find(d.caseId) : std::nullopt)
                where = c->title;
            else if (const auto m = d.meetingId ? ws.repository<ReviewMeeting>().find(d.meetingId) : std::nullopt)
                where = m->title;
            QString owner;
            if (const auto person = d.ownerId ? ws.repository<Person>().find(d.ownerId) : std::nullopt) {
                const auto team = person->teamId ? ws.repository<Team>().find(person->teamId) : std::nullopt;
                owner = team ? tr("%1 (%2)").arg(person->name, team->name) : person->name;
            }
            m_rows.append({where, d.text, owner});
        }
        if (!error.isEmpty())
            ws.reportError(error);
    }
    endResetModel();
}

int DecisionsOfTheDayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DecisionsOfTheDayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionsOfTheDayModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    return m_rows.at(index.row()).value(index.column());
}

QVariant DecisionsOfTheDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Where:
        return tr("Case or meeting");
    case Decision:
        return tr("Decision");
    case Owner:
        return tr("Accountable");
    default:
        return {};
    }
}

} // namespace accord
