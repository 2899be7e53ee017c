#pragma once

#include "workspace/Workspace.h"

#include <QUndoCommand>

#include <optional>

namespace accord {

// The one way a user edit reaches storage: creates (no "before"), changes, or deletes (no "after") one record,
// and puts it back exactly on undo. Composite edits are an EntityCommand parent with EntityCommand children.
template <typename T>
class EntityCommand : public QUndoCommand
{
public:
    EntityCommand(Workspace& workspace, std::optional<T> before, std::optional<T> after, const QString& text,
                  QUndoCommand* parent = nullptr)
        : QUndoCommand(text, parent)
        , m_workspace(workspace)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void redo() override
    {
        QUndoCommand::redo();
        apply(m_before, m_after);
    }
    void undo() override
    {
        apply(m_after, m_before);
        QUndoCommand::undo();
    }

    // The record as it stands after the command, with the id storage gave it on the first redo.
    const std::optional<T>& after() const { return m_after; }

private:
    void apply(const std::optional<T>& from, std::optional<T>& to)
    {
        Repository<T> repository = m_workspace.template repository<T>();
        QString error;
        bool ok = true;
        if (!to) {
            ok = repository.remove(from->id, &error);
        } else if (from) {
            ok = repository.update(*to, &error);
        } else if (to->id == 0) {
            ok = repository.insert(*to, &error);
        } else {
            ok = repository.restore(*to, &error);
        }
        if (!ok) {
            setObsolete(true);
            m_workspace.reportError(error);
        }
    }

    Workspace& m_workspace;
    std::optional<T> m_before;
    std::optional<T> m_after;
};

} // namespace accord
