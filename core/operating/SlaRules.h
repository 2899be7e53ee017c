#pragma once

#include "RuleMessage.h"
#include "domain/Sla.h"

namespace accord::SlaRules {

// What keeps one side of the two-way SLA from being enforced as written: a lead standard without required fields
// or suppression rules; a follow-up time that is not a positive number of hours, escalates before it is breached,
// or escalates to no one.
RuleMessages check(const Sla& sla);

} // namespace accord::SlaRules
