#include "Recurrence.h"

#include "CaseFile.h"
#include "workspace/Workspace.h"

#include <QSet>

namespace accord::Recurrence {

bool isRecurrence(const FrictionCase& candidate, const FrictionCase& closed, const QDate& today, int windowDays)
{
    if (closed.id == candidate.id || closed.status != CaseStatus::Closed || !closed.closedOn.isValid()
        || candidate.frictionTypeId == 0 || closed.frictionTypeId != candidate.frictionTypeId)
        return false;
    const QSet<Id> teams(candidate.teamIds.cbegin(), candidate.teamIds.cend());
    const QSet<Id> earlierTeams(closed.teamIds.cbegin(), closed.teamIds.cend());
    if (teams.size() < 2 || teams != earlierTeams)
        return false;
    const QDate raised = candidate.raisedOn.isValid() ? candidate.raisedOn : today;
    return closed.closedOn <= raised && closed.closedOn >= raised.addDays(-windowDays);
}

QList<Match> find(Workspace& workspace, const FrictionCase& candidate, const QDate& today, int windowDays,
                  QString* error)
{
    QList<Match> matches;
    if (candidate.frictionTypeId == 0)
        return matches;
    Filter filter;
    filter.where("friction_type_id", candidate.frictionTypeId)
        .where("status", CaseStatus::Closed)
        .order("closed_on DESC");
    QString localError;
    QString* err = error ? error : &localError;
    const QList<FrictionCase> closed = workspace.repository<FrictionCase>().list(filter, err);
    for (const FrictionCase& earlier : closed) {
        if (!isRecurrence(candidate, earlier, today, windowDays))
            continue;
        const auto file = CaseFile::load(workspace, earlier.id, err);
        if (!file)
            return {};
        matches.append({earlier, file->decision});
    }
    return matches;
}

} // namespace accord::Recurrence
