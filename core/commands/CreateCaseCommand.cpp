#include "CreateCaseCommand.h"

#include "EntityCommand.h"
#include "domain/StageChange.h"

#include <memory>

namespace accord {
namespace {

// The history line needs the case's id, which storage gives only when the case is first written: it is built on
// the first redo and then written and taken back like any other record.
class RaisedLine : public QUndoCommand
{
public:
    RaisedLine(Workspace& workspace, const EntityCommand<FrictionCase>* created, QUndoCommand* parent)
        : QUndoCommand(parent), m_workspace(workspace), m_created(created)
    {}

    void redo() override
    {
        if (!m_write) {
            if (!m_created->after() || m_created->after()->id == 0) {
                setObsolete(true);
                return;
            }
            const FrictionCase& c = *m_created->after();
            StageChange raised;
            raised.caseId = c.id;
            raised.fromStage = c.stage;
            raised.toStage = c.stage;
            raised.changedAt = c.stageEnteredAt;
            raised.changedBy = m_workspace.currentUser();
            m_write = std::make_unique<EntityCommand<StageChange>>(m_workspace, std::nullopt, raised, QString());
        }
        m_write->redo();
        setObsolete(m_write->isObsolete());
    }

    void undo() override
    {
        if (!m_write)
            return;
        m_write->undo();
        setObsolete(m_write->isObsolete());
    }

private:
    Workspace& m_workspace;
    const EntityCommand<FrictionCase>* m_created;
    std::unique_ptr<EntityCommand<StageChange>> m_write;
};

} // namespace

CreateCaseCommand::CreateCaseCommand(Workspace& workspace, const FrictionCase& frictionCase, const QString& text)
    : CompositeCommand(workspace, text),
      m_case(new EntityCommand<FrictionCase>(workspace, std::nullopt, frictionCase, QString(), this))
{
    new RaisedLine(workspace, m_case, this);
}

Id CreateCaseCommand::caseId() const
{
    return !isObsolete() && m_case->after() ? m_case->after()->id : 0;
}

} // namespace accord
