#include "OperatingModelView.h"

#include "AlignmentPanel.h"
#include "FunnelPage.h"
#include "RejectReasonsPanel.h"
#include "SlaPanel.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace accord {

OperatingModelView::OperatingModelView(QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_funnel(new FunnelPage(m_tabs)), m_sla(new SlaPanel(m_tabs)),
      m_reasons(new RejectReasonsPanel(m_tabs)), m_alignment(new AlignmentPanel(m_tabs))
{
    setObjectName(QStringLiteral("operatingModelView"));
    m_tabs->setObjectName(QStringLiteral("operatingModelTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_funnel, tr("Funnel"));
    m_tabs->addTab(m_sla, tr("Two-way SLA"));
    m_tabs->addTab(m_reasons, tr("Reject / recycle reasons"));
    m_tabs->addTab(m_alignment, tr("Alignment areas"));

    auto* heading = new QLabel(tr("Operating model"), this);
    heading->setObjectName(QStringLiteral("areaHeading"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);
}

void OperatingModelView::setWorkspace(Workspace* workspace)
{
    m_funnel->setWorkspace(workspace);
    m_sla->setWorkspace(workspace);
    m_reasons->setWorkspace(workspace);
    m_alignment->setWorkspace(workspace);
}

} // namespace accord
