#include "CaseWizard.h"

#include "AlignPage.h"
#include "CaseHistoryPanel.h"
#include "DecidePage.h"
#include "DiagnosePage.h"
#include "GovernPage.h"
#include "LearnPage.h"
#include "RequirementsPanel.h"
#include "ResolvePage.h"
#include "StepBar.h"
#include "SurfacePage.h"
#include "UndoKeysPassThrough.h"
#include "common/MessageBar.h"
#include "common/Money.h"
#include "playbook/StageGate.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace accord {
namespace {

const char* const WizardStyle = R"(
QLabel#caseHeading { font-size: 24pt; font-weight: 600; }
QLabel#caseSummary { color: #4b5563; }
QLabel#stepHeading { font-size: 20pt; font-weight: 600; }
QLabel#stepPurpose { color: #4b5563; }
QLabel#wizardKeys { color: #6b7280; }
QPushButton[state] { text-align: left; padding: 10px 14px; border: 1px solid #d8dadf; border-radius: 6px;
                     background: #ffffff; color: #4b5563; }
QPushButton[state="done"] { border-top: 5px solid #3d7a4f; }
QPushButton[state="current"] { border-top: 5px solid #2f5f8f; color: #1d3b5a; font-weight: 600; }
QPushButton[state="gaps"] { border-top: 5px solid #c9ccd2; }
QPushButton[state]:checked { background: #d6e4f2; border-color: #2f5f8f; color: #1d3b5a; }
QLabel[notice="true"] { background: #fff4e0; border: 1px solid #e9c37a; border-radius: 6px; padding: 12px 16px; }
QLabel[requirement="gap"] { color: #8a3b12; }
QLabel[requirement="hint"] { color: #6b7280; }
QLabel[requirement="done"] { color: #3d7a4f; }
QScrollArea#sidePanel, QWidget#sideContent { background: #eceae5; }
QScrollArea#sidePanel { border: none; border-left: 1px solid #dcd9d2; }
QPushButton#nextStep { background: #2f5f8f; color: #ffffff; border-radius: 6px; padding: 10px 22px; font-weight: 600; }
QPushButton#nextStep:disabled { background: #c9ccd2; }
)";

// The playbook is read on a projector: the wizard's type is a step larger than the rest of the application.
constexpr int WizardPointSize = 14;
constexpr int SidePanelEms = 26;

const QSet<QString>& caseTables()
{
    static const QSet<QString> names{QStringLiteral("cases"),        QStringLiteral("case_root_causes"),
                                     QStringLiteral("decisions"),    QStringLiteral("actions"),
                                     QStringLiteral("case_reviews"), QStringLiteral("case_stage_history")};
    return names;
}

} // namespace

CaseWizard::CaseWizard(QWidget* parent)
    : QWidget(parent), m_message(new MessageBar(this)), m_heading(new QLabel(this)), m_summary(new QLabel(this)),
      m_backToList(new QPushButton(tr("← Cases"), this)), m_stepBar(new StepBar(this)),
      m_pages(new QStackedWidget(this)), m_requirements(new RequirementsPanel(this)),
      m_history(new CaseHistoryPanel(this)), m_previous(new QPushButton(this)), m_next(new QPushButton(this)),
      m_keys(new QLabel(this)), m_undoKeys(new UndoKeysPassThrough(this))
{
    setObjectName(QStringLiteral("caseWizard"));
    QFont larger = font();
    larger.setPointSize(WizardPointSize);
    setFont(larger);
    setStyleSheet(QLatin1String(WizardStyle));

    m_message->setObjectName(QStringLiteral("wizardMessage"));
    m_message->hide();
    m_heading->setObjectName(QStringLiteral("caseHeading"));
    m_summary->setObjectName(QStringLiteral("caseSummary"));
    m_summary->setWordWrap(true);
    m_backToList->setObjectName(QStringLiteral("backToList"));
    m_backToList->setToolTip(tr("Back to the case list"));
    m_previous->setObjectName(QStringLiteral("previousStep"));
    m_next->setObjectName(QStringLiteral("nextStep"));
    m_keys->setObjectName(QStringLiteral("wizardKeys"));
    m_keys->setText(tr("Alt+1…7 look at a step · Alt+← back · Alt+→ or Ctrl+Enter next"));

    addPage(new SurfacePage(m_context));
    addPage(new DiagnosePage(m_context));
    addPage(new AlignPage(m_context));
    addPage(new DecidePage(m_context));
    addPage(new ResolvePage(m_context));
    addPage(new GovernPage(m_context));
    addPage(new LearnPage(m_context));
    connect(static_cast<SurfacePage*>(m_stepPages.first()), &SurfacePage::earlierCaseRequested, this,
            &CaseWizard::openCase);

    auto* sideContent = new QWidget;
    sideContent->setObjectName(QStringLiteral("sideContent"));
    auto* sideLayout = new QVBoxLayout(sideContent);
    sideLayout->setContentsMargins(20, 20, 20, 20);
    sideLayout->setSpacing(28);
    sideLayout->addWidget(m_requirements);
    sideLayout->addWidget(m_history);
    sideLayout->addStretch();
    auto* side = new QScrollArea(this);
    side->setObjectName(QStringLiteral("sidePanel"));
    side->setWidget(sideContent);
    side->setWidgetResizable(true);
    side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * SidePanelEms);
    side->setFocusPolicy(Qt::NoFocus);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_heading);
    titles->addWidget(m_summary);
    header->addWidget(m_backToList, 0, Qt::AlignTop);
    header->addSpacing(12);
    header->addLayout(titles, 1);

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_previous);
    footer->addStretch();
    footer->addWidget(m_keys);
    footer->addSpacing(16);
    footer->addWidget(m_next);

    auto* main = new QVBoxLayout;
    main->setContentsMargins(24, 16, 24, 16);
    main->setSpacing(14);
    main->addLayout(header);
    main->addWidget(m_stepBar);
    auto* centre = new QHBoxLayout;
    centre->setSpacing(0);
    centre->addWidget(m_pages, 1);
    centre->addWidget(side);
    main->addLayout(centre, 1);
    main->addLayout(footer);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_message);
    layout->addLayout(main, 1);

    connect(m_backToList, &QPushButton::clicked, this, [this] {
        commitTyping();
        Q_EMIT closeRequested();
    });
    connect(&m_context.editor, &CaseEditor::caseCreated, this, &CaseWizard::reloadCase);
    connect(m_stepBar, &StepBar::stepClicked, this, &CaseWizard::showStep);
    connect(m_previous, &QPushButton::clicked, this, &CaseWizard::previousStep);
    connect(m_next, &QPushButton::clicked, this, &CaseWizard::nextStep);
    buildShortcuts();
    m_undoKeys->watchFieldsUnder(this);
    showCase();
    showStep(CaseStage::Surface);
}

CaseWizard::~CaseWizard()
{
    // Closing an open table editor while the children go writes its value; the screen must not redraw by then.
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
}

template <typename Page> Page* CaseWizard::addPage(Page* page)
{
    auto* scroll = new QScrollArea(m_pages);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_pages->addWidget(scroll);
    m_stepPages.append(page);
    connect(page, &WizardPage::refused, this, &CaseWizard::showRefusal);
    return page;
}

void CaseWizard::buildShortcuts()
{
    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), &CaseWizard::nextStep);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &CaseWizard::nextStep);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &CaseWizard::nextStep);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), &CaseWizard::previousStep);
    for (CaseStage stage : enumValues<CaseStage>())
        shortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + int(stage))), [this, stage] { showStep(stage); });
}

void CaseWizard::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_context.editor.setWorkspace(workspace);
    if (m_workspace)
        connect(m_workspace, &Workspace::tablesChanged, this, &CaseWizard::followChanges);
    m_message->hide();
    reloadChoices();
    reloadCase();
    showStep(CaseStage::Surface);
}

void CaseWizard::setRecurrenceWindowDays(int days)
{
    m_context.recurrenceWindowDays = days;
    showCase();
}

Id CaseWizard::caseId() const
{
    return m_context.file.frictionCase.id;
}

void CaseWizard::openCase(Id caseId)
{
    commitTyping();
    m_message->hide();
    m_context.editor.setCaseId(caseId);
    reloadCase();
    showStep(m_context.file.frictionCase.stage);
}

void CaseWizard::startNewCase()
{
    commitTyping();
    m_message->hide();
    m_context.editor.setCaseId(0);
    reloadCase();
    showStep(CaseStage::Surface);
}

void CaseWizard::showStep(CaseStage stage)
{
    const bool moved = stage != m_viewed;
    m_viewed = stage;
    m_pages->setCurrentIndex(int(stage));
    m_stepBar->setViewed(stage);
    m_requirements->showStep(stage, m_context.file);
    updateFooter();
    QWidget* focus = QApplication::focusWidget();
    if (moved || !focus || !isAncestorOf(focus)) {
        if (QWidget* first = m_stepPages.at(int(stage))->firstField())
            first->setFocus(Qt::OtherFocusReason);
    }
}

void CaseWizard::nextStep()
{
    commitTyping();
    const FrictionCase& c = m_context.file.frictionCase;
    const bool onCurrentStep = m_viewed == c.stage && c.status == CaseStatus::Open;
    if (!onCurrentStep || !m_context.editor.isEditable()) {
        if (const auto next = StageGate::next(m_viewed))
            showStep(*next);
        return;
    }
    if (c.stage == CaseStage::Learn) {
        showRefusal(tr("Learn is the last step: close the case once the retrospective is complete."));
        return;
    }
    QString error;
    if (!m_context.editor.advance(&error)) {
        showRefusal(error);
        return;
    }
    m_message->hide();
    showStep(m_context.file.frictionCase.stage);
}

void CaseWizard::previousStep()
{
    commitTyping();
    if (m_viewed != CaseStage::Surface)
        showStep(CaseStage(int(m_viewed) - 1));
}

void CaseWizard::reloadChoices()
{
    QString error;
    m_context.lookups = m_workspace ? WizardLookups::load(*m_workspace, &error) : WizardLookups{};
    if (!error.isEmpty())
        showRefusal(error);
    for (WizardPage* page : std::as_const(m_stepPages))
        page->showChoices();
    showCase();
}

void CaseWizard::reloadCase()
{
    const Id id = m_context.editor.caseId();
    std::optional<CaseFile> file;
    if (m_workspace && id) {
        QString error;
        file = CaseFile::load(*m_workspace, id, &error);
    }
    // A case that is not (or no longer) stored shows as a blank new case; its first saved field stores it.
    m_context.file = file.value_or(CaseFile{});
    showCase();
}

void CaseWizard::showCase()
{
    const bool editable = m_context.editor.isEditable();
    for (WizardPage* page : std::as_const(m_stepPages)) {
        page->setEditable(editable);
        page->showCase();
    }
    m_stepBar->showCase(m_context.file);
    m_requirements->showStep(m_viewed, m_context.file);
    m_history->showCase(m_context.file, m_context.lookups);
    updateHeader();
    updateFooter();
}

void CaseWizard::updateHeader()
{
    const FrictionCase& c = m_context.file.frictionCase;
    m_heading->setText(c.title.isEmpty() ? (c.id ? tr("Untitled case") : tr("New case")) : c.title);
    QStringList parts;
    if (c.status == CaseStatus::Closed)
        parts << tr("Closed on %1").arg(dateText(c.closedOn));
    else
        parts << tr("At %1").arg(displayName(c.stage));
    if (c.id) {
        parts << tr("Severity: %1").arg(severityName(c.severity));
        if (c.revenueAtRisk > 0)
            parts << tr("%1 at risk").arg(formatMoney(c.revenueAtRisk, m_context.currency()));
        const QString raiser = m_context.lookups.personName(c.raisedById);
        if (c.raisedOn.isValid())
            parts << (raiser.isEmpty() ? tr("Raised %1").arg(dateText(c.raisedOn))
                                       : tr("Raised %1 by %2").arg(dateText(c.raisedOn), raiser));
    } else {
        parts << tr("Saved as soon as the first field is filled in");
    }
    if (m_workspace && m_workspace->isReadOnly())
        parts << tr("Read-only: %1").arg(m_workspace->readOnlyReason());
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
}

void CaseWizard::updateFooter()
{
    const FrictionCase& c = m_context.file.frictionCase;
    m_previous->setText(m_viewed == CaseStage::Surface ? tr("← Back")
                                                       : tr("← %1").arg(displayName(CaseStage(int(m_viewed) - 1))));
    m_previous->setEnabled(m_viewed != CaseStage::Surface);
    const auto next = StageGate::next(m_viewed);
    const bool onCurrentStep = m_viewed == c.stage && c.status == CaseStatus::Open;
    if (onCurrentStep && next && m_context.editor.isEditable())
        m_next->setText(tr("Move the case to %1 →").arg(displayName(*next)));
    else if (next)
        m_next->setText(tr("Look at %1 →").arg(displayName(*next)));
    else
        m_next->setText(tr("Last step"));
    m_next->setEnabled(next.has_value());
}

void CaseWizard::followChanges(const QSet<QString>& tables)
{
    if (tables.intersects(WizardLookups::tables()))
        reloadChoices();
    if (tables.intersects(caseTables()))
        reloadCase();
}

void CaseWizard::showRefusal(const QString& message)
{
    m_message->showMessage(message, MessageBar::Kind::Warning);
}

void CaseWizard::commitTyping()
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return;
    focus->clearFocus();
    focus->setFocus(Qt::OtherFocusReason);
}

} // namespace accord
