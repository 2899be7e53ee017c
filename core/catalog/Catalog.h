#pragma once

#include <QString>

namespace accord {

class Workspace;

// The built-in content of a new workspace, in Accord's own words and in the user's language: teams, friction
// types, conflict patterns, root-cause categories, data-trust signals, shared outcomes, the metric dictionary,
// the funnel, the two-way SLA, reject reasons, operating rhythms and alignment areas. The rows themselves come
// from Defaults.h.
namespace Catalog {

// Fills a new, empty workspace; the caller holds the transaction that makes it all-or-nothing.
bool seed(Workspace& workspace, QString* error);

} // namespace Catalog
} // namespace accord
