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
    finish(transaction);
}

void CompositeCommand::undo()
{
    Transaction transaction(m_workspace.database());
    QUndoCommand::undo();
    finish(transaction);
}

void CompositeCommand::finish(Transaction& transaction)
{
    // A child that failed made itself obsolete and reported why; the others' writes are rolled back with it, and
    // the whole command leaves the undo stack.
    for (int i = 0; i < childCount(); ++i) {
        if (child(i)->isObsolete()) {
            setObsolete(true);
            return;
        }
    }
    QString error;
    if (!transaction.commit(&error)) {
        setObsolete(true);
        m_workspace.reportError(error);
    }
}

} // namespace accord
