#pragma once

namespace accord::demo {

class DemoContext;

// The operating rhythms at work: who chairs and attends each, the dated meetings of the last six months and the next
// monthly review, then (once the cases exist) each meeting's agenda and minutes, and the experiments and decisions
// the monthly reviews agreed.
bool addMeetings(DemoContext& context);
bool addAgendas(DemoContext& context);
bool addMeetingOutcomes(DemoContext& context);

} // namespace accord::demo
