#include "MeetingForm.h"

#include "workspace/Workspace.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoCommand>

namespace accord {

MeetingForm::MeetingForm(const QString& addText, QWidget* parent)
    : QWidget(parent), m_text(new QLineEdit(this)), m_add(new QPushButton(addText, this))
{
    connect(m_add, &QPushButton::clicked, this, &MeetingForm::add);
    connect(m_text, &QLineEdit::returnPressed, this, &MeetingForm::add);
}

void MeetingForm::layOut(const QString& textLabel, const Field& left, const Field& right, const Field& last,
                         int lastSpan)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->addWidget(new QLabel(textLabel, this), 0, 0);
    grid->addWidget(m_text, 0, 1, 1, 3);
    grid->addWidget(new QLabel(left.label, this), 1, 0);
    grid->addWidget(left.widget, 1, 1);
    grid->addWidget(new QLabel(right.label, this), 1, 2);
    grid->addWidget(right.widget, 1, 3);
    grid->addWidget(new QLabel(last.label, this), 2, 0);
    grid->addWidget(last.widget, 2, 1, 1, lastSpan);
    grid->addWidget(m_add, 2, 3, Qt::AlignRight);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
}

void MeetingForm::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    workspaceChanged();
    refreshChoices();
}

void MeetingForm::setMeeting(Id meetingId)
{
    m_meetingId = meetingId;
    setEnabled(meetingId != 0 && m_workspace && !m_workspace->isReadOnly());
}

void MeetingForm::add()
{
    if (!m_workspace || m_meetingId == 0)
        return;
    QString error;
    std::unique_ptr<QUndoCommand> made = command(&error);
    if (!made) {
        Q_EMIT refused(error);
        return;
    }
    m_workspace->undoStack()->push(made.release());
    m_text->clear();
    added();
}

} // namespace accord
