#include "ProposeVersionDialog.h"

#include "FormulaEdit.h"
#include "MetricDefinitionForm.h"
#include "dictionary/MetricCommands.h"
#include "dictionary/MetricDefinition.h"
#include "domain/Decision.h"
#include "domain/FrictionCase.h"
#include "domain/ReviewMeeting.h"
#include "domain/Team.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUndoCommand>
#include <QVBoxLayout>
#include <algorithm>

namespace accord {
namespace {

template <typename T> QHash<Id, QString> titlesById(Workspace& workspace)
{
    QHash<Id, QString> titles;
    for (const T& row : workspace.repository<T>().list())
        titles.insert(row.id, row.title);
    return titles;
}

} // namespace

ProposeVersionDialog::ProposeVersionDialog(Workspace& workspace, const Metric& metric,
                                           const FormulaVocabulary& vocabulary, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_metric(metric), m_form(new MetricDefinitionForm(this)),
      m_decision(new QComboBox(this)), m_reason(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("proposeVersionDialog"));
    setWindowTitle(tr("New version of “%1”").arg(metric.name));
    m_decision->setObjectName(QStringLiteral("approvingDecision"));
    m_reason->setObjectName(QStringLiteral("versionReason"));
    m_problem->setObjectName(QStringLiteral("proposalProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b42318; font-weight: 600;"));
    m_problem->hide();
    m_reason->setPlaceholderText(tr("What the change fixes, in one sentence"));

    auto* intro = new QLabel(tr("“%1” is frozen at version %2: every team reads its numbers by this definition. "
                                "Write the definition as it should read from now on; it becomes version %3 and "
                                "version %2 stays in the history.")
                                 .arg(metric.name)
                                 .arg(metric.version)
                                 .arg(metric.version + 1),
                             this);
    intro->setWordWrap(true);
    auto* why = new QLabel(tr("A frozen definition changes only on a decision taken for a friction case or in a review "
                              "meeting. Name it, so anyone who sees the numbers move can find who agreed and why."),
                           this);
    why->setObjectName(QStringLiteral("decisionExplanation"));
    why->setWordWrap(true);
    why->setStyleSheet(QStringLiteral("color: #4b5563;"));

    QList<Team> teams = workspace.repository<Team>().list();
    m_form->setTeams(teams);
    m_form->setVocabulary(vocabulary);
    m_form->setMetric(metric);
    loadDecisions();

    auto* approval = new QFormLayout;
    approval->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    approval->addRow(tr("Approved by"), m_decision);
    approval->addRow(QString(), why);
    approval->addRow(tr("Reason"), m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create version %1").arg(metric.version + 1));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProposeVersionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProposeVersionDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addLayout(approval);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, sizeHint().height());
}

void ProposeVersionDialog::accept()
{
    if (!m_form->formula()->isValid()) {
        showProblem(tr("The formula is not valid yet: %1").arg(m_form->formula()->error()->message));
        return;
    }
    const Metric after = m_form->applyTo(m_metric);
    if (!MetricDefinition::changesDefinition(m_metric, after)) {
        showProblem(tr("Nothing in the definition differs from version %1 yet.").arg(m_metric.version));
        return;
    }
    const Id decision = m_decision->currentData().toLongLong();
    QString error;
    auto command = MetricCommands::change(m_workspace, after, decision, m_reason->text().simplified(), &error);
    if (!command) {
        // The rule lives in core; its sentence says what is missing.
        showProblem(decision ? error : error + QLatin1Char(' ') + tr("Choose it under “Approved by”."));
        m_decision->setFocus();
        return;
    }
    m_workspace.undoStack()->push(command.release());
    QDialog::accept();
}

void ProposeVersionDialog::loadDecisions()
{
    const QHash<Id, QString> cases = titlesById<FrictionCase>(m_workspace);
    const QHash<Id, QString> meetings = titlesById<ReviewMeeting>(m_workspace);
    QList<Decision> decisions = m_workspace.repository<Decision>().list();
    std::stable_sort(decisions.begin(), decisions.end(),
                     [](const Decision& a, const Decision& b) { return a.decidedOn > b.decidedOn; });
    m_decision->addItem(tr("Choose the decision that approved this change…"), Id(0));
    for (const Decision& decision : decisions) {
        QStringList parts{decision.text.simplified()};
        if (decision.decidedOn.isValid())
            parts << QLocale().toString(decision.decidedOn, QLocale::ShortFormat);
        if (decision.caseId)
            parts << tr("case “%1”").arg(cases.value(decision.caseId));
        else if (decision.meetingId)
            parts << tr("meeting “%1”").arg(meetings.value(decision.meetingId));
        m_decision->addItem(parts.join(QStringLiteral(" · ")), decision.id);
        m_decision->setItemData(m_decision->count() - 1, decision.text, Qt::ToolTipRole);
    }
    // Long decision texts would stretch the dialog past the screen; the full text is in the tooltip.
    m_decision->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_decision->setMinimumContentsLength(40);
}

void ProposeVersionDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
}

} // namespace accord
