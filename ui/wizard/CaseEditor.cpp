#include "CaseEditor.h"

#include "commands/CaseCommands.h"
#include "domain/CaseRootCause.h"
#include "playbook/CaseFile.h"
#include "playbook/CasePrefill.h"
#include "playbook/StageGate.h"

#include <algorithm>

namespace accord {

void CaseEditor::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_caseId = 0;
}

bool CaseEditor::isEditable() const
{
    return m_workspace && !m_workspace->isReadOnly();
}

Id CaseEditor::ensureCase()
{
    // Editing nothing creates the case when it is new and leaves a stored one as it is.
    editCase(QString(), [](FrictionCase&) {});
    return m_caseId;
}

void CaseEditor::editCase(const QString& text, const std::function<void(FrictionCase&)>& change)
{
    if (!isEditable())
        return;
    const auto before = m_caseId ? m_workspace->repository<FrictionCase>().find(m_caseId) : std::nullopt;
    if (!before) {
        FrictionCase fresh;
        change(fresh);
        auto command = CaseCommands::create(*m_workspace, fresh);
        const CreateCaseCommand* creation = command.get();
        m_workspace->undoStack()->push(command.release());
        if (const Id created = creation->caseId()) {
            m_caseId = created;
            Q_EMIT caseCreated(m_caseId);
        }
        return;
    }
    FrictionCase after = *before;
    change(after);
    changeRow(*before, after, text);
}

void CaseEditor::editDecision(const QString& text, const std::function<void(Decision&)>& change)
{
    if (!isEditable())
        return;
    const auto file = m_caseId ? CaseFile::load(*m_workspace, m_caseId, nullptr) : std::nullopt;
    if (file && file->decision) {
        Decision after = *file->decision;
        change(after);
        changeRow(*file->decision, after, text);
        return;
    }
    Decision fresh;
    change(fresh);
    addRow(fresh, text);
}

void CaseEditor::applyPrefill(const CasePrefill& prefill, const QString& text)
{
    if (!isEditable())
        return;
    QUndoStack* stack = m_workspace->undoStack();
    stack->beginMacro(text);
    editCase(QString(), [&prefill](FrictionCase& c) { prefill.applyTo(c); });
    if (m_caseId) {
        Filter filter;
        filter.where("case_id", m_caseId);
        const QList<CaseRootCause> existing = m_workspace->repository<CaseRootCause>().list(filter);
        int sortOrder = int(existing.size());
        for (Id category : prefill.rootCauseCategoryIds) {
            const bool present = std::any_of(existing.cbegin(), existing.cend(),
                                             [category](const CaseRootCause& rc) { return rc.categoryId == category; });
            if (present)
                continue;
            CaseRootCause cause;
            cause.caseId = m_caseId;
            cause.categoryId = category;
            cause.sortOrder = sortOrder++;
            stack->push(new EntityCommand<CaseRootCause>(*m_workspace, std::nullopt, cause, QString()));
        }
    }
    stack->endMacro();
}

bool CaseEditor::push(std::unique_ptr<QUndoCommand> command)
{
    if (!command)
        return false;
    m_workspace->undoStack()->push(command.release());
    return true;
}

bool CaseEditor::advance(QString* error)
{
    if (!isEditable())
        return false;
    if (!m_caseId || !m_workspace->repository<FrictionCase>().find(m_caseId)) {
        *error = tr("Surface is not complete yet:") + QLatin1Char('\n') +
                 StageGate::missing(CaseStage::Surface, CaseFile{}).join(QLatin1Char('\n'));
        return false;
    }
    return push(CaseCommands::advance(*m_workspace, m_caseId, error));
}

bool CaseEditor::close(QString* error)
{
    return isEditable() && push(CaseCommands::close(*m_workspace, m_caseId, error));
}

bool CaseEditor::reopen(QString* error)
{
    return isEditable() && push(CaseCommands::reopen(*m_workspace, m_caseId, error));
}

} // namespace accord
