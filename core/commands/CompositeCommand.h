#pragma once

#include <QUndoCommand>

namespace accord {

class Transaction;
class Workspace;

// An edit made of several record changes (its children) that are written all-or-nothing in one transaction.
class CompositeCommand : public QUndoCommand
{
public:
    CompositeCommand(Workspace& workspace, const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void finish(Transaction& transaction);

    Workspace& m_workspace;
};

} // namespace accord
