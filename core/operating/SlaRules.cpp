#include "SlaRules.h"

#include <QCoreApplication>

namespace accord::SlaRules {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::SlaRules", text);
}

} // namespace

RuleMessages check(const Sla& sla)
{
    RuleMessages messages;
    if (sla.kind == SlaKind::LeadStandard) {
        if (sla.requiredFields.trimmed().isEmpty())
            messages << RuleMessage{RuleMessage::Level::Problem,
                                    tr("The lead standard names no required fields, so Sales cannot tell a complete "
                                       "lead from an incomplete one.")};
        if (sla.suppressionRules.trimmed().isEmpty())
            messages << RuleMessage{RuleMessage::Level::Warning,
                                    tr("The lead standard has no suppression rules: every lead reaches Sales, "
                                       "including customers, competitors and duplicates.")};
        return messages;
    }
    if (sla.targetHours <= 0) {
        messages << RuleMessage{RuleMessage::Level::Problem,
                                tr("“%1” needs a target of more than 0 hours.").arg(sla.name)};
    } else if (sla.escalateAfterHours < sla.targetHours) {
        messages << RuleMessage{RuleMessage::Level::Problem,
                                tr("“%1” escalates after %2 hours, before its %3-hour target is even missed.")
                                    .arg(sla.name)
                                    .arg(sla.escalateAfterHours)
                                    .arg(sla.targetHours)};
    }
    if (sla.escalateToId == 0)
        messages << RuleMessage{RuleMessage::Level::Warning,
                                tr("“%1” escalates to no one: name the person who hears of a breach.").arg(sla.name)};
    return messages;
}

} // namespace accord::SlaRules
