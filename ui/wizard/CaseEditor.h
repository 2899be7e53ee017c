#pragma once

#include "commands/EntityCommand.h"
#include "domain/Decision.h"
#include "domain/FrictionCase.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace accord {

struct CasePrefill;

// Turns what the wizard's fields say into undoable commands on the workspace's undo stack: the only way the
// wizard writes. It always starts from the stored record, so a field never writes back another field's old value.
// A new case exists only once its first field is saved.
class CaseEditor : public QObject
{
    Q_OBJECT

public:
    void setWorkspace(Workspace* workspace);
    Workspace* workspace() const { return m_workspace; }
    void setCaseId(Id caseId) { m_caseId = caseId; }
    Id caseId() const { return m_caseId; }
    bool isEditable() const;

    // Applies change to the stored case, creating the case first when it is new.
    void editCase(const QString& text, const std::function<void(FrictionCase&)>& change);
    // Applies change to the case's decision, creating it when the case has none yet.
    void editDecision(const QString& text, const std::function<void(Decision&)>& change);
    // Fills the case from a friction type or pattern and adds a root cause for each likely category it lacks.
    void applyPrefill(const CasePrefill& prefill, const QString& text);

    // Adds a row that belongs to the case (root cause, action); sets its case id. Returns the new row's id.
    template <typename T> Id addRow(T row, const QString& text)
    {
        if (!isEditable())
            return 0;
        QUndoStack* stack = m_workspace->undoStack();
        stack->beginMacro(text);
        row.caseId = ensureCase();
        auto* command = row.caseId ? new EntityCommand<T>(*m_workspace, std::nullopt, row, QString()) : nullptr;
        if (command)
            stack->push(command);
        stack->endMacro();
        return command && command->after() ? command->after()->id : 0;
    }
    template <typename T> void changeRow(const T& before, const T& after, const QString& text)
    {
        if (isEditable() && before != after)
            m_workspace->undoStack()->push(new EntityCommand<T>(*m_workspace, before, after, text));
    }
    template <typename T> void removeRow(const T& row, const QString& text)
    {
        if (isEditable())
            m_workspace->undoStack()->push(new EntityCommand<T>(*m_workspace, row, std::nullopt, text));
    }

    // The case's moves along the playbook; false with the reason in *error when refused.
    bool advance(QString* error);
    bool close(QString* error);
    bool reopen(QString* error);

Q_SIGNALS:
    // A new case was stored by its first saved field. Its tables changed while the command ran, before its id was
    // known here, so whoever shows the case reads it again now.
    void caseCreated(Id caseId);

private:
    // The id of the stored case, pushing its creation first when it does not exist yet (0 on failure).
    Id ensureCase();
    bool push(std::unique_ptr<QUndoCommand> command);

    QPointer<Workspace> m_workspace;
    Id m_caseId = 0;
};

} // namespace accord
