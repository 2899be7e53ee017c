#include "StageGate.h"

#include <QCoreApplication>
#include <algorithm>

namespace accord::StageGate {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::StageGate", text);
}

// The sentences come marked with QT_TRANSLATE_NOOP where they are written, for lupdate to collect them.
Requirement need(const char* field, bool met, const char* missing)
{
    return {QString::fromLatin1(field), true, met, tr(missing)};
}

Requirement recommend(const char* field, bool met, const char* missing)
{
    return {QString::fromLatin1(field), false, met, tr(missing)};
}

bool filled(const QString& text)
{
    return !text.trimmed().isEmpty();
}

QList<Requirement> surface(const FrictionCase& c)
{
    return {
        need("title", filled(c.title), QT_TRANSLATE_NOOP("accord::StageGate", "Give the case a short title.")),
        need("frictionType", c.frictionTypeId != 0,
             QT_TRANSLATE_NOOP("accord::StageGate", "Choose the friction type (or start from a conflict pattern).")),
        need("teams", c.teamIds.size() >= 2,
             QT_TRANSLATE_NOOP("accord::StageGate", "Name at least two teams involved.")),
        need("impactedMetric", c.impactedMetricId != 0,
             QT_TRANSLATE_NOOP("accord::StageGate", "Pick the impacted metric from the dictionary.")),
        need("severity", c.severity >= 1 && c.severity <= 4,
             QT_TRANSLATE_NOOP("accord::StageGate", "Rate the severity from 1 (low) to 4 (critical).")),
        recommend("looksLike", filled(c.looksLike),
                  QT_TRANSLATE_NOOP("accord::StageGate", "Describe what the friction looks like day to day.")),
        recommend("blockedDecision", filled(c.blockedDecision),
                  QT_TRANSLATE_NOOP("accord::StageGate", "Say which decision the friction is blocking.")),
        recommend("funnelStage", c.funnelStageId != 0,
                  QT_TRANSLATE_NOOP("accord::StageGate", "Say at which funnel stage the friction bites.")),
        recommend("revenueAtRisk", c.revenueAtRisk > 0,
                  QT_TRANSLATE_NOOP("accord::StageGate", "Estimate the revenue at risk.")),
    };
}

QList<Requirement> diagnose(const CaseFile& file)
{
    const bool allEvidenced = std::all_of(file.rootCauses.cbegin(), file.rootCauses.cend(),
                                          [](const CaseRootCause& rc) { return filled(rc.evidence); });
    return {
        need("rootCauses", !file.rootCauses.isEmpty(),
             QT_TRANSLATE_NOOP("accord::StageGate", "Name at least one root cause from the taxonomy.")),
        need("evidence", !file.rootCauses.isEmpty() && allEvidenced,
             QT_TRANSLATE_NOOP("accord::StageGate", "Give evidence for every root cause.")),
    };
}

QList<Requirement> align(const FrictionCase& c)
{
    return {
        need("sharedOutcome", c.sharedOutcomeId != 0,
             QT_TRANSLATE_NOOP("accord::StageGate", "Choose the shared outcome the fix will be judged by.")),
        need("kpi", c.kpiMetricId != 0, QT_TRANSLATE_NOOP("accord::StageGate", "Pick the KPI from the dictionary.")),
        need("baseline", c.kpiBaseline.has_value(),
             QT_TRANSLATE_NOOP("accord::StageGate", "Record the KPI's baseline.")),
        need("target", c.kpiTarget.has_value(), QT_TRANSLATE_NOOP("accord::StageGate", "Agree the KPI's target.")),
        need("targetDate", c.kpiTargetDate.isValid(),
             QT_TRANSLATE_NOOP("accord::StageGate", "Set the date by which the target should be reached.")),
    };
}

QList<Requirement> decide(const CaseFile& file)
{
    const Decision d = file.decision.value_or(Decision{});
    return {
        need("decision.owner", d.ownerId != 0,
             QT_TRANSLATE_NOOP("accord::StageGate", "Name exactly one accountable decision owner.")),
        need("decision.criteria", filled(d.criteria),
             QT_TRANSLATE_NOOP("accord::StageGate", "Write down the decision criteria.")),
        need("decision.escalation", d.escalationToId != 0 && d.escalationAfterDays > 0,
             QT_TRANSLATE_NOOP("accord::StageGate",
                               "Set the escalation path: to whom, after how many days without a decision.")),
        need("decision.text", filled(d.text), QT_TRANSLATE_NOOP("accord::StageGate", "Record the decision itself.")),
        need("decision.date", d.decidedOn.isValid(),
             QT_TRANSLATE_NOOP("accord::StageGate", "Record the date of the decision.")),
        recommend("decision.contributors", !d.contributorIds.isEmpty(),
                  QT_TRANSLATE_NOOP("accord::StageGate", "Name the contributors to the decision.")),
    };
}

QList<Requirement> resolve(const CaseFile& file)
{
    const bool allOwned = std::all_of(file.actions.cbegin(), file.actions.cend(),
                                      [](const Action& a) { return a.ownerId != 0 && a.dueOn.isValid(); });
    return {
        need("actions", !file.actions.isEmpty(),
             QT_TRANSLATE_NOOP("accord::StageGate", "Add at least one action that changes the operating model.")),
        need("actionOwners", !file.actions.isEmpty() && allOwned,
             QT_TRANSLATE_NOOP("accord::StageGate", "Give every action an owner and a due date.")),
    };
}

QList<Requirement> govern(const FrictionCase& c)
{
    return {
        need("rhythm", c.rhythmId != 0,
             QT_TRANSLATE_NOOP("accord::StageGate", "Choose the operating rhythm that will inspect the case.")),
        need("nextReview", c.nextReviewOn.isValid(),
             QT_TRANSLATE_NOOP("accord::StageGate", "Set the date of the next review.")),
    };
}

QList<Requirement> learn(const FrictionCase& c)
{
    return {
        need("whatWorked", filled(c.whatWorked), QT_TRANSLATE_NOOP("accord::StageGate", "Say what worked.")),
        need("whatRecurred", filled(c.whatRecurred),
             QT_TRANSLATE_NOOP("accord::StageGate", "Say what did not work or came back.")),
        need("evidence", filled(c.evidence),
             QT_TRANSLATE_NOOP("accord::StageGate",
                               "Give the evidence: win-loss, customer feedback or metric movement.")),
        need("kpiMovement", filled(c.kpiMovement),
             QT_TRANSLATE_NOOP("accord::StageGate", "Describe how the KPI moved against its baseline.")),
    };
}

} // namespace

QList<Requirement> requirements(CaseStage stage, const CaseFile& file)
{
    const FrictionCase& c = file.frictionCase;
    switch (stage) {
    case CaseStage::Surface:
        return surface(c);
    case CaseStage::Diagnose:
        return diagnose(file);
    case CaseStage::Align:
        return align(c);
    case CaseStage::Decide:
        return decide(file);
    case CaseStage::Resolve:
        return resolve(file);
    case CaseStage::Govern:
        return govern(c);
    case CaseStage::Learn:
        return learn(c);
    }
    return {};
}

QStringList missing(CaseStage stage, const CaseFile& file)
{
    QStringList sentences;
    for (const Requirement& r : requirements(stage, file))
        if (r.required && !r.met)
            sentences << r.missing;
    return sentences;
}

bool isComplete(CaseStage stage, const CaseFile& file)
{
    return missing(stage, file).isEmpty();
}

std::optional<CaseStage> next(CaseStage stage)
{
    if (stage == CaseStage::Learn)
        return std::nullopt;
    return CaseStage(int(stage) + 1);
}

bool probablyDataTrust(const FrictionCase& frictionCase)
{
    return frictionCase.dataTrustSignalIds.size() >= 2;
}

bool escalationDue(const CaseFile& file, const QDateTime& now)
{
    const FrictionCase& c = file.frictionCase;
    if (c.stage != CaseStage::Decide || !file.decision || file.decision->escalationAfterDays <= 0 ||
        !c.stageEnteredAt.isValid())
        return false;
    // Once the decision is taken there is nothing left to escalate, even before the case moves on.
    if (filled(file.decision->text) && file.decision->decidedOn.isValid())
        return false;
    return c.stageEnteredAt.addDays(file.decision->escalationAfterDays) <= now;
}

bool isOverdue(const Action& action, const QDate& today)
{
    const bool pending = action.status == ActionStatus::Open || action.status == ActionStatus::InProgress;
    return pending && action.dueOn.isValid() && action.dueOn < today;
}

} // namespace accord::StageGate
