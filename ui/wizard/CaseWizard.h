#pragma once

#include "WizardContext.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace accord {

class CaseHistoryPanel;
class MessageBar;
class RequirementsPanel;
class StepBar;
class UndoKeysPassThrough;
class WizardPage;

// The case screen: walks one friction case through the playbook, Surface to Learn. The step bar and Alt+1…7
// look at any step; only moving the case on (Alt+Right or Ctrl+Return on its current step) is gated by the
// playbook's rules. Every field saves itself as an undoable command when it finishes editing, and the screen
// follows the workspace's changes (undo and redo included).
class CaseWizard : public QWidget
{
    Q_OBJECT

public:
    explicit CaseWizard(QWidget* parent = nullptr);
    ~CaseWizard() override;

    void setWorkspace(Workspace* workspace);
    // How far back a closed case makes a new one a recurrence (Settings::recurrenceWindowDays).
    void setRecurrenceWindowDays(int days);

    void openCase(Id caseId);
    // A blank case; it is stored once its first field is saved.
    void startNewCase();
    // The case on screen; 0 for a new case not stored yet.
    Id caseId() const;

    CaseStage viewedStep() const { return m_viewed; }
    void showStep(CaseStage stage);
    // On the case's current step, moves the case on (or says what is missing); elsewhere, looks at the next step.
    void nextStep();
    void previousStep();

    MessageBar* messageBar() const { return m_message; }
    RequirementsPanel* requirementsPanel() const { return m_requirements; }

Q_SIGNALS:
    // The user wants to go back to the case list.
    void closeRequested();

private:
    void buildShortcuts();
    void reloadChoices();
    void reloadCase();
    void showCase();
    void updateHeader();
    void updateFooter();
    void followChanges(const QSet<QString>& tables);
    void showRefusal(const QString& message);
    // Leaving the field the user is typing in saves it, so that moving on never loses a sentence.
    void commitTyping();
    template <typename Page> Page* addPage(Page* page);

    WizardContext m_context;
    QPointer<Workspace> m_workspace;
    CaseStage m_viewed = CaseStage::Surface;
    MessageBar* m_message;
    QLabel* m_heading;
    QLabel* m_summary;
    QPushButton* m_backToList;
    StepBar* m_stepBar;
    QStackedWidget* m_pages;
    QList<WizardPage*> m_stepPages;
    RequirementsPanel* m_requirements;
    CaseHistoryPanel* m_history;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_keys;
    UndoKeysPassThrough* m_undoKeys;
};

} // namespace accord
