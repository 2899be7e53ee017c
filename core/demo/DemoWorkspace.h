#pragma once

#include <QString>

namespace accord {

class Workspace;

// Fills a workspace that already holds the catalogue with a believable fictional company: people, friction cases
// in every playbook step, decisions, actions, review meetings, imported CRM records and hand-entered values.
namespace DemoWorkspace {

bool populate(Workspace& workspace, QString* error);

} // namespace DemoWorkspace
} // namespace accord
