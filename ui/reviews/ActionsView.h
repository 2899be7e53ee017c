#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace accord {

class ActionListModel;
class RowFilterProxy;
class Workspace;

// What each leader owes before the next meeting: every action across cases, overdue first, filtered by owner,
// team, status and due date; the status is changed in place.
class ActionsView : public QWidget
{
    Q_OBJECT

public:
    explicit ActionsView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);

private:
    void refreshChoices();
    void applyFilters();

    QPointer<Workspace> m_workspace;
    ActionListModel* m_model;
    RowFilterProxy* m_proxy;
    QComboBox* m_owner;
    QComboBox* m_team;
    QComboBox* m_status;
    QCheckBox* m_dueBy;
    QDateEdit* m_dueDate;
    QLabel* m_count;
    QTableView* m_table;
};

} // namespace accord
