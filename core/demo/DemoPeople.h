#pragma once

namespace accord::demo {

class DemoContext;

// The demo company's people: who they are, which team each leads, the cross-team goals the teams set themselves
// and who owns which alignment area.
bool addPeople(DemoContext& context);
bool addTeamGoals(DemoContext& context);
bool assignAlignmentAreas(DemoContext& context);

} // namespace accord::demo
