#pragma once

#include "domain/FrictionCase.h"
#include "domain/FrictionType.h"
#include "domain/Person.h"
#include "domain/Team.h"

#include <QList>

namespace accord {
class Workspace;
}

namespace accord::test {

// A known set of cases written through the repositories in one transaction, over the workspace's teams and
// friction types (the catalogue's, or a few made here when the workspace has none).
struct CaseFixture
{
    QList<Team> teams;
    QList<FrictionType> types;
    Person owner;
    QList<FrictionCase> cases;
};

// Case i has stage i % 7, severity i % 4 + 1, type i % types, teams {i % teams, (i + 1) % teams}, revenue
// (i + 1) * 1000 and a title that sorts by i; every tenth case is about "routing".
CaseFixture addCases(Workspace& workspace, int count);

} // namespace accord::test
