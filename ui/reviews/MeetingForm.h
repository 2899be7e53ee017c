#pragma once

#include "domain/Id.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QLineEdit;
class QPushButton;
class QUndoCommand;

namespace accord {

class Workspace;

// A form of the meeting panel that adds one record to the meeting it is set to, laid out alike in each: a wide text
// first, two fields side by side, a last field and the button that adds. The text's Return adds too. What it adds
// goes on the workspace's undo stack; what the workspace refuses is reported by refused().
class MeetingForm : public QWidget
{
    Q_OBJECT

public:
    void setWorkspace(Workspace* workspace);
    void setMeeting(Id meetingId);
    // Re-reads what the choices of the form offer.
    virtual void refreshChoices() = 0;

Q_SIGNALS:
    void refused(const QString& message);

protected:
    struct Field
    {
        QString label;
        QWidget* widget = nullptr;
    };

    MeetingForm(const QString& addText, QWidget* parent);
    // Lays the form out around its text and its button; the last field spans lastSpan of the two field columns.
    void layOut(const QString& textLabel, const Field& left, const Field& right, const Field& last, int lastSpan);

    Workspace* workspace() const { return m_workspace; }
    Id meetingId() const { return m_meetingId; }
    QLineEdit* text() const { return m_text; }
    QPushButton* addButton() const { return m_add; }

    // The command that adds what the fields say, or null with the reason.
    virtual std::unique_ptr<QUndoCommand> command(QString* error) = 0;
    // Clears what should not be added twice once the command went through.
    virtual void added() = 0;
    virtual void workspaceChanged() {}

private:
    void add();

    QPointer<Workspace> m_workspace;
    Id m_meetingId = 0;
    QLineEdit* m_text;
    QPushButton* m_add;
};

} // namespace accord
