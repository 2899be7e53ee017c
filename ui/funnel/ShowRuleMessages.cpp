#include "ShowRuleMessages.h"

#include "common/MessageBar.h"

namespace accord {

void showRuleMessages(MessageBar* bar, const RuleMessages& messages)
{
    if (messages.isEmpty()) {
        bar->hide();
        return;
    }
    QStringList lines;
    bool problem = false;
    for (const RuleMessage& message : messages) {
        lines << message.text;
        problem = problem || message.level == RuleMessage::Level::Problem;
    }
    bar->showMessage(lines.join(QLatin1Char('\n')), problem ? MessageBar::Kind::Error : MessageBar::Kind::Warning);
}

} // namespace accord
