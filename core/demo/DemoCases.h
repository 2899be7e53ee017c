#pragma once

namespace accord::demo {

class DemoContext;

// The demo's friction cases with everything each playbook step they passed recorded: root causes, stage history,
// decisions, actions and reviews.
bool addCases(DemoContext& context);

} // namespace accord::demo
