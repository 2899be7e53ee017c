#include "DemoWorkspace.h"

#include "DemoCases.h"
#include "DemoContext.h"
#include "DemoCrm.h"
#include "DemoMeetings.h"
#include "DemoPeople.h"
#include "DemoValues.h"

namespace accord::DemoWorkspace {

bool populate(Workspace& workspace, QString* error)
{
    if (!workspace.setInfo(QStringLiteral("company"), QStringLiteral("Lumenfield Data"), error) ||
        !workspace.setInfo(QStringLiteral("currency"), QStringLiteral("USD"), error))
        return false;
    // Order matters: meetings exist before the decisions taken in them, cases before the agendas that list them.
    demo::DemoContext context(workspace);
    const bool built = context.loadCatalogue() && demo::addPeople(context) && demo::addTeamGoals(context) &&
                       demo::assignAlignmentAreas(context) && demo::addMeetings(context) && demo::addCases(context) &&
                       demo::addAgendas(context) && demo::addMeetingOutcomes(context) && demo::addCrmRecords(context) &&
                       demo::addPulse(context) && demo::addNps(context) && demo::addMetricValues(context);
    if (!built && error)
        *error = context.error();
    return built;
}

} // namespace accord::DemoWorkspace
