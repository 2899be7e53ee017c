#pragma once

#include <QString>

namespace accord {

class Database;

// Numbered forward migrations of the workspace schema. Step N turns a format N-1 file into format N; each step runs
// in its own transaction and the reached version is written with it, so a failed step leaves the previous format.
namespace Migrations {

int currentVersion();
bool migrate(Database& db, int fromVersion, int toVersion, QString* error);

} // namespace Migrations
} // namespace accord
