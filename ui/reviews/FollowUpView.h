#pragma once

#include <QWidget>

class QTabWidget;

namespace accord {

class ActionsView;
class MessageBar;
class NpsView;
class PulseView;
class Workspace;

// The "Follow-up" area: what happens between meetings — every action across cases, the team pulse with the
// cross-team goals, and customer NPS with its detractors.
class FollowUpView : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    ActionsView* actions() const { return m_actions; }
    PulseView* pulse() const { return m_pulse; }
    NpsView* nps() const { return m_nps; }

private:
    MessageBar* m_message;
    QTabWidget* m_tabs;
    ActionsView* m_actions;
    PulseView* m_pulse;
    NpsView* m_nps;
};

} // namespace accord
