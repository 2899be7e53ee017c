#include "RejectReasonRules.h"

#include <QCoreApplication>
#include <algorithm>

namespace accord::RejectReasonRules {
namespace {

// QObject::tr's parameters, so that lupdate reads the count of a plural message.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("accord::RejectReasonRules", text, disambiguation, n);
}

} // namespace

std::optional<RuleMessage> countWarning(int activeCount)
{
    if (activeCount > mostActive) {
        return RuleMessage{RuleMessage::Level::Warning,
                           tr("%n active reject reasons: long lists stop being used. Keep %1 to %2 by merging or "
                              "retiring some.",
                              nullptr, activeCount)
                               .arg(fewestActive)
                               .arg(mostActive)};
    }
    if (activeCount < fewestActive) {
        return RuleMessage{RuleMessage::Level::Warning,
                           tr("Only %n active reject reason(s): leads that need different treatment end up under "
                              "the same reason. Keep %1 to %2.",
                              nullptr, activeCount)
                               .arg(fewestActive)
                               .arg(mostActive)};
    }
    return std::nullopt;
}

std::optional<RuleMessage> check(const RejectReason& reason)
{
    if (!reason.active)
        return std::nullopt;
    if (reason.name.trimmed().isEmpty())
        return RuleMessage{RuleMessage::Level::Problem, tr("An active reject reason has no name.")};
    const auto actions = enumValues<RejectAction>();
    if (std::find(actions.cbegin(), actions.cend(), reason.action) == actions.cend()) {
        return RuleMessage{RuleMessage::Level::Problem,
                           tr("“%1” needs an action: nurture, enrich, reroute or suppress.").arg(reason.name)};
    }
    return std::nullopt;
}

RuleMessages check(const QList<RejectReason>& reasons)
{
    RuleMessages messages;
    const auto active = std::count_if(reasons.cbegin(), reasons.cend(), [](const RejectReason& r) { return r.active; });
    if (const auto warning = countWarning(int(active)))
        messages << *warning;
    for (const RejectReason& reason : reasons)
        if (const auto problem = check(reason))
            messages << *problem;
    return messages;
}

} // namespace accord::RejectReasonRules
