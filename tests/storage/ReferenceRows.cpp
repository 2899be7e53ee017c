#include "ReferenceRows.h"

#include "domain/Action.h"
#include "domain/CatalogEntry.h"
#include "domain/ConflictPattern.h"
#include "domain/CrmImport.h"
#include "domain/Decision.h"
#include "domain/FrictionCase.h"
#include "domain/FrictionType.h"
#include "domain/FunnelStage.h"
#include "domain/ImportMapping.h"
#include "domain/Metric.h"
#include "domain/OperatingRhythm.h"
#include "domain/Person.h"
#include "domain/ReviewMeeting.h"
#include "domain/Team.h"
#include "workspace/Workspace.h"

namespace accord::test {
namespace {

template <typename T> bool add(Workspace& workspace, T item, Id* id, QString* error)
{
    if (!workspace.repository<T>().insert(item, error))
        return false;
    *id = item.id;
    return true;
}

Person person(const char* name, Id teamId)
{
    Person p = named<Person>(name);
    p.teamId = teamId;
    return p;
}

} // namespace

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

bool ReferenceRows::create(Workspace& ws, QString* error)
{
    FrictionType type = named<FrictionType>("Reference friction");
    ConflictPattern conflict;
    conflict.complaint = QStringLiteral("Reference complaint");
    ReviewMeeting meeting_;
    meeting_.title = QStringLiteral("Reference meeting");
    FrictionCase frictionCase;
    frictionCase.title = QStringLiteral("Reference case");
    Action action_;
    action_.title = QStringLiteral("Reference action");
    CrmImport import;
    import.fileName = QStringLiteral("reference.csv");

    if (!(add(ws, named<Team>("Reference A"), &teamA, error) && add(ws, named<Team>("Reference B"), &teamB, error) &&
          add(ws, named<Team>("Reference C"), &teamC, error) &&
          add(ws, person("Ada Reference", teamA), &personA, error) &&
          add(ws, person("Ben Reference", teamB), &personB, error) &&
          add(ws, person("Cy Reference", teamC), &personC, error) &&
          add(ws, named<Metric>("Reference metric A"), &metricA, error) &&
          add(ws, named<Metric>("Reference metric B"), &metricB, error) &&
          add(ws, named<FunnelStage>("Reference stage A"), &stageA, error) &&
          add(ws, named<FunnelStage>("Reference stage B"), &stageB, error) &&
          add(ws, named<RootCauseCategory>("Reference category A"), &categoryA, error) &&
          add(ws, named<RootCauseCategory>("Reference category B"), &categoryB, error) &&
          add(ws, named<DataTrustSignal>("Reference signal A"), &signalA, error) &&
          add(ws, named<DataTrustSignal>("Reference signal B"), &signalB, error) &&
          add(ws, named<SharedOutcome>("Reference outcome"), &outcome, error) && add(ws, type, &frictionType, error)))
        return false;
    conflict.frictionTypeId = frictionType;
    if (!(add(ws, conflict, &pattern, error) && add(ws, named<OperatingRhythm>("Reference rhythm"), &rhythm, error)))
        return false;
    meeting_.rhythmId = rhythm;
    frictionCase.frictionTypeId = frictionType;
    frictionCase.teamIds = {teamA, teamB};
    if (!(add(ws, meeting_, &meeting, error) && add(ws, frictionCase, &caseId, error)))
        return false;
    Decision decision_;
    decision_.caseId = caseId;
    action_.caseId = caseId;
    if (!(add(ws, decision_, &decision, error) && add(ws, action_, &action, error) &&
          add(ws, named<ImportMapping>("Reference mapping"), &mapping, error)))
        return false;
    import.mappingId = mapping;
    return add(ws, import, &crmImport, error);
}

} // namespace accord::test
