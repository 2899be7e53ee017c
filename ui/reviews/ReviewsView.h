#pragma once

#include "domain/Id.h"

#include <QPointer>
#include <QWidget>

class QDateEdit;
class QListView;
class QPushButton;
class QTabWidget;
class QTableView;

namespace accord {

class MeetingModel;
class MeetingPanel;
class MessageBar;
class RhythmEditor;
class RhythmModel;
class RowFilterProxy;
class Workspace;

// The "Reviews" area: the operating rhythms and their settings, each rhythm's meetings, the next meeting created
// with an agenda built from the workspace, and the chosen meeting run from the meeting panel.
class ReviewsView : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewsView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setRecurrenceWindowDays(int days) { m_recurrenceWindowDays = days; }
    MeetingPanel* meetingPanel() const { return m_panel; }
    // Selects a rhythm and its newest meeting, as a click in the rhythm list does.
    void showRhythm(Id rhythmId);

private:
    void rhythmChosen();
    void meetingChosen();
    void createMeeting();
    void addRhythm();
    Id currentRhythmId() const;
    void selectMeeting(Id meetingId);

    QPointer<Workspace> m_workspace;
    int m_recurrenceWindowDays;
    RhythmModel* m_rhythms;
    MeetingModel* m_meetingModel;
    RowFilterProxy* m_meetings;
    MessageBar* m_message;
    QListView* m_rhythmList;
    QPushButton* m_addRhythm;
    QTabWidget* m_rhythmTabs;
    QDateEdit* m_nextDate;
    QPushButton* m_create;
    QTableView* m_meetingTable;
    RhythmEditor* m_editor;
    MeetingPanel* m_panel;
};

} // namespace accord
