#pragma once

#include "CaseFile.h"

#include <QDate>
#include <QList>
#include <QString>

namespace accord {

// What one playbook step needs before a case may move on, as plain sentences the wizard shows.
struct Requirement
{
    QString field;   // stable key of what is asked for, e.g. "decision.owner"
    bool required = true; // false: recommended only, never blocks
    bool met = false;
    QString missing; // the sentence shown while it is not met
};

// The playbook's rules, in one place. A facilitator may look at any step; only advancing is gated.
namespace StageGate {

QList<Requirement> requirements(CaseStage stage, const CaseFile& file);
// The sentences for the required items of the step that are not met; empty when the step is complete.
QStringList missing(CaseStage stage, const CaseFile& file);
bool isComplete(CaseStage stage, const CaseFile& file);
// The step after this one, or nothing after Learn.
std::optional<CaseStage> next(CaseStage stage);

// Two or more data-trust signals say the root cause is probably trust in the numbers.
bool probablyDataTrust(const FrictionCase& frictionCase);
// A case waiting in Decide longer than its escalation path allows.
bool escalationDue(const CaseFile& file, const QDateTime& now);
bool isOverdue(const Action& action, const QDate& today);

} // namespace StageGate
} // namespace accord
