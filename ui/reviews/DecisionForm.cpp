#include "DecisionForm.h"

#include "domain/Decision.h"
#include "domain/FrictionCase.h"
#include "reviews/DecisionCommands.h"
#include "wizard/WizardLookups.h"
#include "wizard/WizardPage.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace accord {

DecisionForm::DecisionForm(QWidget* parent)
    : QWidget(parent), m_text(new QLineEdit(this)), m_owner(new QComboBox(this)), m_case(new QComboBox(this)),
      m_supersedes(new QComboBox(this)), m_record(new QPushButton(tr("Record decision"), this))
{
    m_text->setObjectName(QStringLiteral("decisionText"));
    m_text->setPlaceholderText(tr("What was decided"));
    m_owner->setObjectName(QStringLiteral("decisionOwner"));
    m_case->setObjectName(QStringLiteral("decisionCase"));
    m_supersedes->setObjectName(QStringLiteral("decisionSupersedes"));
    m_record->setObjectName(QStringLiteral("recordDecision"));
    for (QComboBox* combo : {m_owner, m_case, m_supersedes})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->addWidget(new QLabel(tr("Decision"), this), 0, 0);
    grid->addWidget(m_text, 0, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Owner"), this), 1, 0);
    grid->addWidget(m_owner, 1, 1);
    grid->addWidget(new QLabel(tr("Case"), this), 1, 2);
    grid->addWidget(m_case, 1, 3);
    grid->addWidget(new QLabel(tr("Replaces"), this), 2, 0);
    grid->addWidget(m_supersedes, 2, 1, 1, 2);
    grid->addWidget(m_record, 2, 3, Qt::AlignRight);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    connect(m_record, &QPushButton::clicked, this, &DecisionForm::record);
    connect(m_text, &QLineEdit::returnPressed, this, &DecisionForm::record);
}

void DecisionForm::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    refreshChoices();
}

void DecisionForm::setMeeting(Id meetingId)
{
    m_meetingId = meetingId;
    setEnabled(meetingId != 0 && m_workspace && !m_workspace->isReadOnly());
}

void DecisionForm::refreshChoices()
{
    if (!m_workspace)
        return;
    QString error;
    const WizardLookups lookups = WizardLookups::load(*m_workspace, &error);
    WizardPage::fillChoices(m_owner, lookups.peopleChoices(), tr("Choose the accountable owner…"));
    WizardLookups::Choices cases;
    Filter open;
    open.where("archived", false).order("title");
    for (const FrictionCase& c : m_workspace->repository<FrictionCase>().list(open, &error))
        cases.append({c.title, c.id});
    WizardPage::fillChoices(m_case, cases, tr("No case (a decision about the rhythm itself)"));
    WizardLookups::Choices inForce;
    Filter filter;
    filter.where("status", DecisionStatus::InForce).order("decided_on DESC");
    for (const Decision& d : m_workspace->repository<Decision>().list(filter, &error))
        inForce.append({d.text.simplified().left(90), d.id});
    WizardPage::fillChoices(m_supersedes, inForce, tr("Nothing: a new decision"));
}

void DecisionForm::record()
{
    if (!m_workspace || m_meetingId == 0)
        return;
    Decision decision;
    decision.meetingId = m_meetingId;
    decision.text = m_text->text().trimmed();
    decision.ownerId = WizardPage::chosenId(m_owner);
    decision.caseId = WizardPage::chosenId(m_case);
    const Id replaced = WizardPage::chosenId(m_supersedes);
    QString error;
    auto command = replaced ? DecisionCommands::supersede(*m_workspace, replaced, decision, &error)
                            : DecisionCommands::record(*m_workspace, decision, &error);
    if (!command) {
        Q_EMIT refused(error);
        return;
    }
    m_workspace->undoStack()->push(command.release());
    m_text->clear();
    WizardPage::selectChoice(m_supersedes, 0);
    refreshChoices();
}

} // namespace accord
