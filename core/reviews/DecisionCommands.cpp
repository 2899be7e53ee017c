#include "DecisionCommands.h"

#include "commands/CompositeCommand.h"
#include "commands/EntityCommand.h"
#include "domain/ReviewMeeting.h"

#include <QCoreApplication>

namespace accord::DecisionCommands {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::DecisionCommands", text);
}

QString shortText(const Decision& decision)
{
    constexpr int length = 48;
    const QString text = decision.text.simplified();
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

std::optional<Decision> inForce(Workspace& workspace, Id decisionId, QString* error)
{
    auto found = workspace.repository<Decision>().find(decisionId, error);
    if (!found) {
        if (error->isEmpty())
            *error = tr("The decision no longer exists.");
        return std::nullopt;
    }
    if (found->status == DecisionStatus::Superseded || found->status == DecisionStatus::Reversed) {
        *error = tr("“%1” is already %2.").arg(shortText(*found), displayName(found->status).toLower());
        return std::nullopt;
    }
    return found;
}

bool checkNew(Workspace& workspace, Decision* decision, QString* error)
{
    if (decision->text.trimmed().isEmpty()) {
        *error = tr("Write down what was decided.");
        return false;
    }
    if (decision->ownerId == 0) {
        *error = tr("Name the one person accountable for the decision.");
        return false;
    }
    decision->id = 0;
    decision->status = DecisionStatus::InForce;
    if (!decision->decidedOn.isValid()) {
        // A decision taken in a meeting dates from that meeting, also when the minutes are typed up days later;
        // one noted ahead of a planned meeting dates from today.
        const QDate today = workspace.clock().today();
        const auto meeting =
            decision->meetingId != 0 ? workspace.repository<ReviewMeeting>().find(decision->meetingId) : std::nullopt;
        decision->decidedOn =
            meeting && meeting->heldOn.isValid() && meeting->heldOn <= today ? meeting->heldOn : today;
    }
    return true;
}

} // namespace

std::unique_ptr<QUndoCommand> record(Workspace& workspace, const Decision& decision, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    Decision fresh = decision;
    fresh.supersedesId = 0;
    if (!checkNew(workspace, &fresh, err))
        return nullptr;
    return std::make_unique<EntityCommand<Decision>>(workspace, std::nullopt, fresh,
                                                     tr("Record the decision “%1”").arg(shortText(fresh)));
}

std::unique_ptr<QUndoCommand> supersede(Workspace& workspace, Id supersededId, const Decision& replacement,
                                        QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    err->clear();
    const auto old = inForce(workspace, supersededId, err);
    if (!old)
        return nullptr;
    Decision fresh = replacement;
    if (!checkNew(workspace, &fresh, err))
        return nullptr;
    fresh.supersedesId = old->id;
    if (fresh.caseId == 0)
        fresh.caseId = old->caseId;
    Decision retired = *old;
    retired.status = DecisionStatus::Superseded;
    auto command = std::make_unique<CompositeCommand>(
        workspace, tr("Supersede “%1” with “%2”").arg(shortText(*old), shortText(fresh)));
    new EntityCommand<Decision>(workspace, *old, retired, QString(), command.get());
    new EntityCommand<Decision>(workspace, std::nullopt, fresh, QString(), command.get());
    return command;
}

std::unique_ptr<QUndoCommand> reverse(Workspace& workspace, Id decisionId, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    err->clear();
    const auto old = inForce(workspace, decisionId, err);
    if (!old)
        return nullptr;
    Decision reversed = *old;
    reversed.status = DecisionStatus::Reversed;
    return std::make_unique<EntityCommand<Decision>>(workspace, *old, reversed,
                                                     tr("Reverse the decision “%1”").arg(shortText(*old)));
}

Id supersededBy(const QList<Decision>& decisions, Id decisionId)
{
    for (const Decision& d : decisions)
        if (d.supersedesId == decisionId && decisionId != 0)
            return d.id;
    return 0;
}

} // namespace accord::DecisionCommands
