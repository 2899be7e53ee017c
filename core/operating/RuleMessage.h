#pragma once

#include <QList>
#include <QString>

namespace accord {

// What an operating-model rule has to say about the rows as they stand: a warning the user may accept, or a
// problem that keeps the rule from being enforced as written.
struct RuleMessage
{
    enum class Level { Warning, Problem };

    Level level = Level::Warning;
    QString text;

    bool operator==(const RuleMessage&) const = default;
};

using RuleMessages = QList<RuleMessage>;

} // namespace accord
