#pragma once

#include "RuleMessage.h"
#include "domain/RejectReason.h"

#include <optional>

namespace accord::RejectReasonRules {

// Sales picks a reason in seconds or not at all: six to eight active reasons are used, longer lists are not, and
// shorter ones lump together leads that need different treatment.
constexpr int fewestActive = 6;
constexpr int mostActive = 8;

// The warning for this many active reasons, if any. A warning, never a refusal: the list is RevOps' call.
std::optional<RuleMessage> countWarning(int activeCount);

// Every active reason needs a name and one of the four actions (nurture, enrich, reroute, suppress).
std::optional<RuleMessage> check(const RejectReason& reason);

// All of the above for the whole list: the count first, then each reason in order.
RuleMessages check(const QList<RejectReason>& reasons);

} // namespace accord::RejectReasonRules
