#pragma once

namespace accord::demo {

class DemoContext;

// Six months of leads and opportunities as if imported from the CRM in one run. Conversion is poor until the
// funnel decision, then improves over a few weeks, so the scorecard has a story to tell.
bool addCrmRecords(DemoContext& context);

} // namespace accord::demo
