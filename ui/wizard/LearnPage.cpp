#include "LearnPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace accord {

LearnPage::LearnPage(WizardContext& context, QWidget* parent)
    : WizardPage(CaseStage::Learn, context,
                 tr("Look back together: what changed, what did not, and what the numbers say. A friction that "
                    "returns later between the same teams is flagged as a recurrence."),
                 parent),
      m_status(new QLabel(this)), m_close(new QPushButton(tr("Close the case"), this)),
      m_reopen(new QPushButton(tr("Reopen the case"), this))
{
    addTextField("whatWorked", tr("What worked"), &FrictionCase::whatWorked);
    addTextField("whatRecurred", tr("What did not, or came back"), &FrictionCase::whatRecurred);
    addTextField("evidence", tr("Evidence"), &FrictionCase::evidence);
    addTextField("kpiMovement", tr("KPI movement"), &FrictionCase::kpiMovement);

    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_close->setObjectName(QStringLiteral("closeCase"));
    m_reopen->setObjectName(QStringLiteral("reopenCase"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_close);
    row->addWidget(m_reopen);
    body()->addSpacing(8);
    body()->addLayout(row);
    addEditable(m_close);
    addEditable(m_reopen);
    connect(m_close, &QPushButton::clicked, this, [this] {
        QString error;
        if (!this->context().editor.close(&error))
            Q_EMIT refused(error);
    });
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        QString error;
        if (!this->context().editor.reopen(&error))
            Q_EMIT refused(error);
    });
    body()->addStretch();
}

void LearnPage::showRest()
{
    const FrictionCase& c = context().file.frictionCase;
    const bool closed = c.status == CaseStatus::Closed;
    m_status->setText(closed ? tr("Closed on %1.").arg(dateText(c.closedOn))
                             : tr("Open. Closing needs the whole retrospective and the case at this step."));
    m_close->setVisible(!closed);
    m_reopen->setVisible(closed);
    m_close->setEnabled(context().editor.isEditable() && c.stage == CaseStage::Learn);
}

} // namespace accord
