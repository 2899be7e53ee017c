#include "CompositeCommand.h"

#include "storage/Transaction.h"
#include "workspace/Workspace.h"

namespace accord {

CompositeCommand::CompositeCommand(Workspace& workspace, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_workspace(workspace)
{
}

void CompositeCommand::redo()
{
    Transaction transaction(m_workspace.database());
    QUndoCommand::redo();
    QString error;
    if (!transaction.commit(&error))
        m_workspace.reportError(error);
}

void CompositeCommand::undo()
{
    Transaction transaction(m_workspace.database());
    QUndoCommand::undo();
    QString error;
    if (!transaction.commit(&error))
        m_workspace.reportError(error);
}

} // namespace accord
