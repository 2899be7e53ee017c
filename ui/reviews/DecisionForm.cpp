#include "DecisionForm.h"

#include "domain/Decision.h"
#include "domain/FrictionCase.h"
#include "reviews/DecisionCommands.h"
#include "wizard/WizardLookups.h"
#include "wizard/WizardPage.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoCommand>

namespace accord {

DecisionForm::DecisionForm(QWidget* parent)
    : MeetingForm(tr("Record decision"), parent), m_owner(new QComboBox(this)), m_case(new QComboBox(this)),
      m_supersedes(new QComboBox(this))
{
    text()->setObjectName(QStringLiteral("decisionText"));
    text()->setPlaceholderText(tr("What was decided"));
    m_owner->setObjectName(QStringLiteral("decisionOwner"));
    m_case->setObjectName(QStringLiteral("decisionCase"));
    m_supersedes->setObjectName(QStringLiteral("decisionSupersedes"));
    addButton()->setObjectName(QStringLiteral("recordDecision"));
    for (QComboBox* combo : {m_owner, m_case, m_supersedes})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    layOut(tr("Decision"), {tr("Owner"), m_owner}, {tr("Case"), m_case}, {tr("Replaces"), m_supersedes}, 2);
}

void DecisionForm::refreshChoices()
{
    if (!workspace())
        return;
    QString error;
    const WizardLookups lookups = WizardLookups::load(*workspace(), &error);
    WizardPage::fillChoices(m_owner, lookups.peopleChoices(), tr("Choose the accountable owner…"));
    WizardLookups::Choices cases;
    Filter open;
    open.where("archived", false).order("title");
    for (const FrictionCase& c : workspace()->repository<FrictionCase>().list(open, &error))
        cases.append({c.title, c.id});
    WizardPage::fillChoices(m_case, cases, tr("No case (a decision about the rhythm itself)"));
    WizardLookups::Choices inForce;
    Filter filter;
    filter.where("status", DecisionStatus::InForce).order("decided_on DESC");
    for (const Decision& d : workspace()->repository<Decision>().list(filter, &error))
        inForce.append({d.text.simplified().left(90), d.id});
    WizardPage::fillChoices(m_supersedes, inForce, tr("Nothing: a new decision"));
}

std::unique_ptr<QUndoCommand> DecisionForm::command(QString* error)
{
    Decision decision;
    decision.meetingId = meetingId();
    decision.text = text()->text().trimmed();
    decision.ownerId = WizardPage::chosenId(m_owner);
    decision.caseId = WizardPage::chosenId(m_case);
    const Id replaced = WizardPage::chosenId(m_supersedes);
    return replaced ? DecisionCommands::supersede(*workspace(), replaced, decision, error)
                    : DecisionCommands::record(*workspace(), decision, error);
}

void DecisionForm::added()
{
    WizardPage::selectChoice(m_supersedes, 0);
    refreshChoices();
}

} // namespace accord
