#pragma once

#include <QWidget>

class QTabWidget;

namespace accord {

class AlignmentPanel;
class FunnelPage;
class RejectReasonsPanel;
class SlaPanel;
class Workspace;

// What RevOps keeps true between Marketing and Sales: the funnel model, the two-way SLA, the reject / recycle
// reasons and the alignment checklist, one tab each.
class OperatingModelView : public QWidget
{
    Q_OBJECT

public:
    explicit OperatingModelView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);

    FunnelPage* funnelPage() const { return m_funnel; }
    SlaPanel* slaPanel() const { return m_sla; }
    RejectReasonsPanel* rejectReasonsPanel() const { return m_reasons; }
    AlignmentPanel* alignmentPanel() const { return m_alignment; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    QTabWidget* m_tabs;
    FunnelPage* m_funnel;
    SlaPanel* m_sla;
    RejectReasonsPanel* m_reasons;
    AlignmentPanel* m_alignment;
};

} // namespace accord
