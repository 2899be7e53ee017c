#pragma once

namespace accord::demo {

class DemoContext;

// The numbers no CRM holds, for the six full months before today: each person's monthly pulse, customers' NPS
// answers, and the hand-entered values of the dictionary's manual metrics. The pulse and NPS values are computed
// from the answers, so the scorecard and the answers agree.
bool addPulse(DemoContext& context);
bool addNps(DemoContext& context);
bool addMetricValues(DemoContext& context);

} // namespace accord::demo
