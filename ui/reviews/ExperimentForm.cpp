#include "ExperimentForm.h"

#include "reviews/MeetingCommands.h"
#include "wizard/WizardLookups.h"
#include "wizard/WizardPage.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoCommand>

namespace accord {

ExperimentForm::ExperimentForm(QWidget* parent)
    : MeetingForm(tr("Agree experiment"), parent), m_owner(new QComboBox(this)), m_metric(new QComboBox(this)),
      m_endOn(new QDateEdit(this))
{
    text()->setObjectName(QStringLiteral("experimentHypothesis"));
    text()->setPlaceholderText(tr("If we do this, then that metric moves"));
    m_owner->setObjectName(QStringLiteral("experimentOwner"));
    m_metric->setObjectName(QStringLiteral("experimentMetric"));
    m_endOn->setObjectName(QStringLiteral("experimentEnd"));
    m_endOn->setCalendarPopup(true);
    addButton()->setObjectName(QStringLiteral("agreeExperiment"));
    for (QComboBox* combo : {m_owner, m_metric})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    layOut(tr("Hypothesis"), {tr("Owner"), m_owner}, {tr("Metric"), m_metric}, {tr("Ends"), m_endOn}, 1);
}

void ExperimentForm::workspaceChanged()
{
    if (workspace())
        m_endOn->setDate(workspace()->clock().today().addDays(30));
}

void ExperimentForm::refreshChoices()
{
    if (!workspace())
        return;
    QString error;
    const WizardLookups lookups = WizardLookups::load(*workspace(), &error);
    WizardPage::fillChoices(m_owner, lookups.peopleChoices(), tr("Choose the owner…"));
    WizardPage::fillChoices(m_metric, lookups.metricChoices(), tr("Choose the metric…"));
}

std::unique_ptr<QUndoCommand> ExperimentForm::command(QString* error)
{
    Experiment experiment;
    experiment.meetingId = meetingId();
    experiment.hypothesis = text()->text();
    experiment.ownerId = WizardPage::chosenId(m_owner);
    experiment.metricId = WizardPage::chosenId(m_metric);
    experiment.endOn = m_endOn->date();
    return MeetingCommands::addExperiment(*workspace(), experiment, error);
}

} // namespace accord
