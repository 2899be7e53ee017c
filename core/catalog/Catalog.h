#pragma once

#include <QString>

namespace accord {

class Workspace;

// The built-in content of a new workspace, in Accord's own words and in the user's language: teams, friction
// types, conflict patterns, root-cause categories, data-trust signals, shared outcomes, the metric dictionary,
// the funnel, the two-way SLA, reject reasons, operating rhythms and alignment areas.
namespace Catalog {

bool seed(Workspace& workspace, QString* error);

} // namespace Catalog
} // namespace accord
