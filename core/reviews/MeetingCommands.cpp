#include "MeetingCommands.h"

#include "commands/CompositeCommand.h"
#include "commands/EntityCommand.h"
#include "domain/ReviewMeeting.h"

#include <QCoreApplication>
#include <QLocale>

namespace accord::MeetingCommands {
namespace {

// Inserts the agenda of a meeting that is itself inserted by a sibling command run just before: the meeting's id
// is known only once that one has run.
class AgendaInsert : public QUndoCommand
{
public:
    AgendaInsert(Workspace& workspace, const EntityCommand<ReviewMeeting>* meeting, QList<AgendaItem> items,
                 QUndoCommand* parent)
        : QUndoCommand(parent), m_workspace(workspace), m_meeting(meeting), m_items(std::move(items))
    {}

    void redo() override
    {
        // The first run creates the rows; later runs (redo after undo) put the same rows back with the same ids.
        if (childCount() == 0 && m_meeting->after()) {
            for (AgendaItem item : std::as_const(m_items)) {
                item.meetingId = m_meeting->after()->id;
                new EntityCommand<AgendaItem>(m_workspace, std::nullopt, item, QString(), this);
            }
        }
        QUndoCommand::redo();
        markFailedChildren();
    }
    void undo() override
    {
        QUndoCommand::undo();
        markFailedChildren();
    }

private:
    void markFailedChildren()
    {
        for (int i = 0; i < childCount(); ++i)
            if (child(i)->isObsolete())
                setObsolete(true);
    }

    Workspace& m_workspace;
    const EntityCommand<ReviewMeeting>* m_meeting;
    QList<AgendaItem> m_items;
};

} // namespace

std::unique_ptr<QUndoCommand> create(Workspace& workspace, const OperatingRhythm& rhythm, const QDate& on,
                                     const QList<AgendaItem>& agenda)
{
    ReviewMeeting meeting;
    meeting.rhythmId = rhythm.id;
    meeting.title = QCoreApplication::translate("accord::MeetingCommands", "%1, %2")
                        .arg(rhythm.name, QLocale().toString(on, QLocale::LongFormat));
    meeting.heldOn = on;
    meeting.facilitatorId = rhythm.chairId;
    meeting.attendeeIds = rhythm.attendeeIds;
    meeting.status = MeetingStatus::Planned;
    auto command = std::make_unique<CompositeCommand>(
        workspace, QCoreApplication::translate("accord::MeetingCommands", "New meeting “%1”").arg(meeting.title));
    auto* insert = new EntityCommand<ReviewMeeting>(workspace, std::nullopt, meeting, QString(), command.get());
    new AgendaInsert(workspace, insert, agenda, command.get());
    return command;
}

std::unique_ptr<QUndoCommand> addExperiment(Workspace& workspace, const Experiment& experiment, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    err->clear();
    const auto tr = [](const char* text) { return QCoreApplication::translate("accord::MeetingCommands", text); };
    Experiment fresh = experiment;
    fresh.id = 0;
    fresh.status = ExperimentStatus::Running;
    if (!fresh.startOn.isValid())
        fresh.startOn = workspace.clock().today();
    if (fresh.hypothesis.trimmed().isEmpty())
        *err = tr("Write the hypothesis: if we do this, that metric moves.");
    else if (fresh.ownerId == 0)
        *err = tr("Name the owner of the experiment.");
    else if (fresh.metricId == 0)
        *err = tr("Pick the metric the experiment is judged by.");
    else if (!fresh.endOn.isValid() || fresh.endOn <= fresh.startOn)
        *err = tr("Set an end date after the experiment starts.");
    if (!err->isEmpty())
        return nullptr;
    if (fresh.meetingId != 0) {
        Filter filter;
        filter.where("meeting_id", fresh.meetingId);
        const int agreed = workspace.repository<Experiment>().count(filter, err);
        if (!err->isEmpty())
            return nullptr;
        if (agreed >= MaxExperiments) {
            *err = tr("This meeting already agreed %1 experiments; focus on those, or stop one first.")
                       .arg(MaxExperiments);
            return nullptr;
        }
    }
    fresh.hypothesis = fresh.hypothesis.trimmed();
    return std::make_unique<EntityCommand<Experiment>>(workspace, std::nullopt, fresh,
                                                       tr("Agree the experiment “%1”").arg(fresh.hypothesis));
}

} // namespace accord::MeetingCommands
