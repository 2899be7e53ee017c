#pragma once

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableView;

namespace accord {

class MessageBar;
class RejectReasonModel;
class Workspace;

// The short list of reasons Sales may reject or recycle a lead with, and the warning when it grows too long or
// too short to be used.
class RejectReasonsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RejectReasonsPanel(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    RejectReasonModel* model() const { return m_model; }

private:
    void addReason();
    void showChecks();
    void updateButtons();

    QPointer<Workspace> m_workspace;
    RejectReasonModel* m_model;
    MessageBar* m_checks;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace accord
