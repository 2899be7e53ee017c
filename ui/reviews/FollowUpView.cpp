#include "FollowUpView.h"

#include "ActionsView.h"
#include "NpsView.h"
#include "PulseView.h"
#include "common/MessageBar.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace accord {

FollowUpView::FollowUpView(QWidget* parent)
    : QWidget(parent), m_message(new MessageBar(this)), m_tabs(new QTabWidget(this)), m_actions(new ActionsView(this)),
      m_pulse(new PulseView(this)), m_nps(new NpsView(this))
{
    setObjectName(QStringLiteral("followUpView"));
    m_message->hide();
    m_tabs->setObjectName(QStringLiteral("followUpTabs"));
    m_tabs->addTab(m_actions, tr("Actions across cases"));
    m_tabs->addTab(m_pulse, tr("Pulse and cross-team goals"));
    m_tabs->addTab(m_nps, tr("Customer NPS"));
    auto* heading = new QLabel(tr("Follow-up"), this);
    heading->setObjectName(QStringLiteral("areaHeading"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    const auto warn = [this](const QString& message) { m_message->showMessage(message, MessageBar::Kind::Warning); };
    connect(m_pulse, &PulseView::refused, this, warn);
    connect(m_nps, &NpsView::refused, this, warn);
    connect(m_tabs, &QTabWidget::currentChanged, m_message, &QWidget::hide);
}

void FollowUpView::setWorkspace(Workspace* workspace)
{
    m_message->hide();
    m_actions->setWorkspace(workspace);
    m_pulse->setWorkspace(workspace);
    m_nps->setWorkspace(workspace);
}

} // namespace accord
