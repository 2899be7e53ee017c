#pragma once

#include "operating/RuleMessage.h"

namespace accord {

class MessageBar;

// Shows what the operating-model rules say in the bar, one message a line, as an error when any keeps a rule from
// being enforced and as a warning otherwise; hides the bar when they have nothing to say.
void showRuleMessages(MessageBar* bar, const RuleMessages& messages);

} // namespace accord
