#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace accord {

class DecisionModel;
class MessageBar;
class RowFilterProxy;
class Workspace;

// The "Decision log" area: every decision across cases and meetings in one searchable list, newest first, with its
// owner, date, case, status, supersession links and the metric definition it changed.
class DecisionLogView : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionLogView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);

private:
    void updateCount();
    void reverseSelected();

    QPointer<Workspace> m_workspace;
    DecisionModel* m_model;
    RowFilterProxy* m_proxy;
    MessageBar* m_message;
    QLineEdit* m_search;
    QComboBox* m_status;
    QLabel* m_count;
    QTableView* m_table;
    QPushButton* m_reverse;
};

} // namespace accord
