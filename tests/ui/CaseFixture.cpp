#include "CaseFixture.h"

#include "domain/Decision.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QTest>

namespace accord::test {
namespace {

template <typename T> void insert(Workspace& workspace, T& item)
{
    QString error;
    if (!workspace.repository<T>().insert(item, &error))
        QFAIL(qPrintable(error));
}

} // namespace

CaseFixture addCases(Workspace& workspace, int count)
{
    CaseFixture fixture;
    Transaction transaction(workspace.database());
    fixture.teams = workspace.repository<Team>().list().mid(0, 3);
    for (const char* name : {"Marketing", "Sales", "RevOps"}) {
        if (fixture.teams.size() >= 3)
            break;
        Team team;
        team.name = QLatin1String(name);
        insert(workspace, team);
        fixture.teams.append(team);
    }
    fixture.types = workspace.repository<FrictionType>().list().mid(0, 2);
    for (const char* name : {"Marketing–Sales", "Sales–RevOps"}) {
        if (fixture.types.size() >= 2)
            break;
        FrictionType type;
        type.name = QString::fromUtf8(name);
        type.sortOrder = int(fixture.types.size());
        insert(workspace, type);
        fixture.types.append(type);
    }
    fixture.owner.name = QStringLiteral("Dana Owner");
    fixture.owner.teamId = fixture.teams.first().id;
    insert(workspace, fixture.owner);

    for (int i = 0; i < count; ++i) {
        FrictionCase c;
        c.title = i % 10 == 0
                      ? QStringLiteral("Case %1: leads routing to the wrong rep").arg(i, 4, 10, QLatin1Char('0'))
                      : QStringLiteral("Case %1: handoff friction").arg(i, 4, 10, QLatin1Char('0'));
        c.stage = CaseStage(i % enumCount<CaseStage>());
        c.severity = i % 4 + 1;
        c.frictionTypeId = fixture.types.at(i % fixture.types.size()).id;
        c.teamIds = {fixture.teams.at(i % 3).id, fixture.teams.at((i + 1) % 3).id};
        c.revenueAtRisk = (i + 1) * 1000;
        insert(workspace, c);
        fixture.cases.append(c);
    }
    if (!fixture.cases.isEmpty()) {
        Decision decision;
        decision.caseId = fixture.cases.first().id;
        decision.ownerId = fixture.owner.id;
        decision.text = QStringLiteral("Route by territory");
        insert(workspace, decision);
    }
    QString error;
    if (!transaction.commit(&error))
        qWarning("%s", qPrintable(error));
    return fixture;
}

} // namespace accord::test
