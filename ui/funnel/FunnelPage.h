#pragma once

#include "domain/Id.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableView;

namespace accord {

class FunnelDiagram;
class FunnelStageModel;
class MessageBar;
class Workspace;

// The funnel model: the diagram of stages and handoffs above the table where stages are named, owned, given
// criteria, added, reordered and removed.
class FunnelPage : public QWidget
{
    Q_OBJECT

public:
    explicit FunnelPage(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    FunnelStageModel* model() const { return m_model; }

private:
    void addStage();
    void moveStage(int delta);
    void removeStage();
    void selectStage(Id id);
    void updateButtons();

    QPointer<Workspace> m_workspace;
    FunnelStageModel* m_model;
    FunnelDiagram* m_diagram;
    MessageBar* m_message;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_remove;
};

} // namespace accord
