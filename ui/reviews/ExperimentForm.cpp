#include "ExperimentForm.h"

#include "reviews/MeetingCommands.h"
#include "wizard/WizardLookups.h"
#include "wizard/WizardPage.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace accord {

ExperimentForm::ExperimentForm(QWidget* parent)
    : QWidget(parent), m_hypothesis(new QLineEdit(this)), m_owner(new QComboBox(this)), m_metric(new QComboBox(this)),
      m_endOn(new QDateEdit(this)), m_agree(new QPushButton(tr("Agree experiment"), this))
{
    m_hypothesis->setObjectName(QStringLiteral("experimentHypothesis"));
    m_hypothesis->setPlaceholderText(tr("If we do this, then that metric moves"));
    m_owner->setObjectName(QStringLiteral("experimentOwner"));
    m_metric->setObjectName(QStringLiteral("experimentMetric"));
    m_endOn->setObjectName(QStringLiteral("experimentEnd"));
    m_endOn->setCalendarPopup(true);
    m_agree->setObjectName(QStringLiteral("agreeExperiment"));
    for (QComboBox* combo : {m_owner, m_metric})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->addWidget(new QLabel(tr("Hypothesis"), this), 0, 0);
    grid->addWidget(m_hypothesis, 0, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Owner"), this), 1, 0);
    grid->addWidget(m_owner, 1, 1);
    grid->addWidget(new QLabel(tr("Metric"), this), 1, 2);
    grid->addWidget(m_metric, 1, 3);
    grid->addWidget(new QLabel(tr("Ends"), this), 2, 0);
    grid->addWidget(m_endOn, 2, 1);
    grid->addWidget(m_agree, 2, 3, Qt::AlignRight);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    connect(m_agree, &QPushButton::clicked, this, &ExperimentForm::agree);
    connect(m_hypothesis, &QLineEdit::returnPressed, this, &ExperimentForm::agree);
}

void ExperimentForm::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    if (m_workspace)
        m_endOn->setDate(m_workspace->clock().today().addDays(30));
    refreshChoices();
}

void ExperimentForm::setMeeting(Id meetingId)
{
    m_meetingId = meetingId;
    setEnabled(meetingId != 0 && m_workspace && !m_workspace->isReadOnly());
}

void ExperimentForm::refreshChoices()
{
    if (!m_workspace)
        return;
    QString error;
    const WizardLookups lookups = WizardLookups::load(*m_workspace, &error);
    WizardPage::fillChoices(m_owner, lookups.peopleChoices(), tr("Choose the owner…"));
    WizardPage::fillChoices(m_metric, lookups.metricChoices(), tr("Choose the metric…"));
}

void ExperimentForm::agree()
{
    if (!m_workspace || m_meetingId == 0)
        return;
    Experiment experiment;
    experiment.meetingId = m_meetingId;
    experiment.hypothesis = m_hypothesis->text();
    experiment.ownerId = WizardPage::chosenId(m_owner);
    experiment.metricId = WizardPage::chosenId(m_metric);
    experiment.endOn = m_endOn->date();
    QString error;
    auto command = MeetingCommands::addExperiment(*m_workspace, experiment, &error);
    if (!command) {
        Q_EMIT refused(error);
        return;
    }
    m_workspace->undoStack()->push(command.release());
    m_hypothesis->clear();
}

} // namespace accord
