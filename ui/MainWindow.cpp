#include "MainWindow.h"

#include "cases/CaseListView.h"
#include "common/MessageBar.h"
#include "common/Theme.h"
#include "domain/Team.h"
#include "funnel/OperatingModelView.h"
#include "import/CsvDropFilter.h"
#include "import/ImportDialog.h"
#include "matrix/PresentationWindow.h"
#include "metrics/DictionaryView.h"
#include "reports/ReportActions.h"
#include "reviews/DecisionLogView.h"
#include "reviews/FollowUpView.h"
#include "reviews/ReviewsView.h"
#include "scorecard/ScorecardView.h"
#include "settings/Settings.h"
#include "teams/TeamsPeopleView.h"
#include "wizard/CaseWizard.h"
#include "workspace/RecentFilesMenu.h"
#include "workspace/StartPage.h"
#include "workspace/Workspace.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace accord {
namespace {

QString fileFilter()
{
    return MainWindow::tr("Accord workspaces (*.accord);;All files (*)");
}

QString withSuffix(QString path)
{
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".accord");
    return path;
}

bool samePath(const QString& a, const QString& b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_settings(std::make_unique<Settings>())
{
    // Before any widget exists, so that each one is built (and sizes its columns) in Accord's font.
    Theme::apply(*qApp);
    setObjectName(QStringLiteral("mainWindow"));
    m_undoGroup = new QUndoGroup(this);
    m_messageBar = new MessageBar(this);
    m_navigation = new QListWidget(this);
    m_areas = new QStackedWidget(this);
    m_startPage = new StartPage(*m_settings, this);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_cases = addArea(new CaseListView(this), tr("Cases"));
    addArea(new DictionaryView(this), tr("Metric dictionary"));
    addArea(new ScorecardView(this), tr("Scorecard"));
    addArea(new OperatingModelView(this), tr("Funnel & SLAs"));
    addArea(new TeamsPeopleView(this), tr("Teams & People"));
    addArea(new ReviewsView(this), tr("Reviews"))->setRecurrenceWindowDays(m_settings->recurrenceWindowDays());
    addArea(new DecisionLogView(this), tr("Decision log"));
    addArea(new FollowUpView(this), tr("Follow-up"));
    m_wizard = addArea(new CaseWizard(this), QString());
    m_wizard->setRecurrenceWindowDays(m_settings->recurrenceWindowDays());
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.2);
    m_navigation->setFont(navigationFont);
    m_navigation->setFixedWidth(QFontMetrics(navigationFont).horizontalAdvance(tr("Metric dictionary")) + 64);
    m_navigation->setFocusPolicy(Qt::TabFocus);
    m_areas->addWidget(m_startPage);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    auto* messageRow = new QHBoxLayout;
    messageRow->setContentsMargins(24, 12, 24, 0);
    messageRow->addWidget(m_messageBar);
    contentLayout->addLayout(messageRow);
    contentLayout->addWidget(m_areas, 1);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    createMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_navigable.size())
            m_areas->setCurrentWidget(m_navigable.at(row));
    });
    connect(m_cases, &CaseListView::caseActivated, this, &MainWindow::openCase);
    connect(m_cases, &CaseListView::newCaseRequested, this, [this] {
        m_wizard->startNewCase();
        showArea(m_wizard);
    });
    connect(m_wizard, &CaseWizard::closeRequested, this, [this] { showArea(m_cases); });
    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseAndOpenWorkspace);
    connect(m_startPage, &StartPage::recentChosen, this, [this](const QString& path) { openWorkspace(path, nullptr); });
    setAcceptDrops(true);
    auto* drops = new CsvDropFilter(this);
    installEventFilter(drops);
    connect(drops, &CsvDropFilter::filesDropped, this, &MainWindow::importCrmExport);

    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1400, 900);
    restoreState(m_settings->windowState());
    setWorkspace(nullptr);
}

MainWindow::~MainWindow()
{
    delete m_presentation;
    // The areas hold pointers into the workspace; let go of them before it closes.
    for (const Area& area : std::as_const(m_areaList))
        area.setWorkspace(nullptr);
}

template <typename View> View* MainWindow::addArea(View* view, const QString& title)
{
    m_areaList.append({view, [view](Workspace* workspace) { view->setWorkspace(workspace); }});
    m_areas->addWidget(view);
    if (!title.isEmpty()) {
        m_navigation->addItem(title);
        m_navigable.append(view);
    }
    return view;
}

void MainWindow::showArea(QWidget* widget)
{
    const int row = int(m_navigable.indexOf(widget));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
    m_areas->setCurrentWidget(widget);
}

void MainWindow::openCase(Id caseId)
{
    m_wizard->openCase(caseId);
    showArea(m_wizard);
}

void MainWindow::present()
{
    if (!m_workspace || m_presentation)
        return;
    QScreen* chosen = nullptr;
    if (QAction* checked = m_screens->checkedAction())
        chosen = checked->data().value<QScreen*>();
    m_presentation = new PresentationWindow(m_workspace.get(), chosen ? chosen : screen());
    connect(m_presentation, &PresentationWindow::drillDown, this, &MainWindow::drillDown);
    connect(m_presentation, &PresentationWindow::closed, this, [this] {
        m_presentation->deleteLater();
        m_presentation = nullptr;
        activateWindow();
    });
    m_presentation->present();
}

void MainWindow::drillDown(const CaseFilter& filter)
{
    QStringList teams;
    for (Id id : {filter.teamId, filter.otherTeamId})
        if (const auto team = m_workspace->repository<Team>().find(id))
            teams << team->name;
    if (m_presentation)
        m_presentation->close();
    m_cases->showDrillDown(filter, tr("Open cases between %1").arg(teams.join(tr(" and "))));
    showArea(m_cases);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    create->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseAndOpenWorkspace);
    open->setShortcut(QKeySequence::Open);
    auto* recent = new RecentFilesMenu(*m_settings, file);
    connect(recent, &RecentFilesMenu::fileChosen, this, [this](const QString& path) { openWorkspace(path, nullptr); });
    file->addMenu(recent);
    file->addSeparator();
    m_import = file->addAction(tr("&Import CRM Export…"), this, [this] { importCrmExport({}); });
    m_import->setObjectName(QStringLiteral("importCrmExport"));
    file->addSeparator();
    m_saveCopy = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopy);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    m_reports = new ReportActions(*m_settings, this);
    file->addActions({m_reports->exportSummary(), m_reports->exportPack(), m_reports->print(), m_reports->printPack()});
    connect(m_reports, &ReportActions::failed, this, &MainWindow::showError);
    connect(m_reports, &ReportActions::exported, this, [this](const QString& path) {
        m_messageBar->showMessage(tr("Exported “%1”.").arg(QDir::toNativeSeparators(path)),
                                  MessageBar::Kind::Information);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    // Ctrl+Shift+Z is the redo most people reach for, also on desktops whose own binding is Ctrl+Y.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z); !redoKeys.contains(shiftZ))
        redoKeys.append(shiftZ);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_present = view->addAction(tr("&Present the Friction Matrix"), this, &MainWindow::present);
    m_present->setObjectName(QStringLiteral("present"));
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    QMenu* screens = view->addMenu(tr("Present &On"));
    m_screens = new QActionGroup(this);
    // The list is built when the menu opens, so a projector plugged in later is offered.
    connect(screens, &QMenu::aboutToShow, this, [this, screens] {
        const QScreen* current =
            m_screens->checkedAction() ? m_screens->checkedAction()->data().value<QScreen*>() : screen();
        screens->clear();
        for (QScreen* candidate : QGuiApplication::screens()) {
            QAction* action = screens->addAction(tr("%1 (%2 × %3)")
                                                     .arg(candidate->name())
                                                     .arg(candidate->size().width())
                                                     .arg(candidate->size().height()));
            action->setCheckable(true);
            action->setData(QVariant::fromValue(candidate));
            action->setChecked(candidate == current);
            m_screens->addAction(action);
        }
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Accord"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
}

bool MainWindow::openWorkspace(const QString& path, QString* error)
{
    if (m_workspace && samePath(m_workspace->path(), path))
        return true;
    QString reason;
    auto opened = Workspace::open(path, Database::Access::ReadWrite, &reason);
    if (!opened) {
        showError(tr("Could not open “%1”: %2").arg(QDir::toNativeSeparators(path), reason));
        if (error)
            *error = reason;
        return false;
    }
    m_settings->addRecentFile(path);
    setWorkspace(std::move(opened));
    return true;
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    Workspace* next = workspace.get();
    delete m_presentation;
    m_presentation = nullptr;
    for (const Area& area : std::as_const(m_areaList))
        area.setWorkspace(next);
    // The old workspace (and its undo stack, which leaves the group as it goes) closes only after the areas let go.
    m_workspace = std::move(workspace);
    m_messageBar->hide();
    if (next) {
        m_undoGroup->addStack(next->undoStack());
        m_undoGroup->setActiveStack(next->undoStack());
        connect(next, &Workspace::errorOccurred, this, &MainWindow::showError);
        if (next->isReadOnly())
            m_messageBar->showMessage(tr("This workspace is open read-only: %1").arg(next->readOnlyReason()),
                                      MessageBar::Kind::Warning);
        m_navigation->show();
        showArea(m_cases);
    } else {
        m_navigation->hide();
        m_startPage->refresh();
        m_areas->setCurrentWidget(m_startPage);
    }
    m_saveCopy->setEnabled(next);
    m_reports->setWorkspace(next);
    m_present->setEnabled(next);
    m_import->setEnabled(next && !next->isReadOnly());
    updateTitle();
}

Workspace* MainWindow::workspace() const
{
    return m_workspace.get();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::newWorkspace()
{
    const QString path = askTargetPath(tr("New Workspace"));
    if (path.isEmpty())
        return;
    // The file dialog already asked whether to replace an existing file.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("“%1” exists and cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    auto created = Workspace::create(path, Workspace::Content::Catalog, &error);
    if (!created) {
        showError(tr("Could not create “%1”: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_settings->addRecentFile(path);
    setWorkspace(std::move(created));
}

void MainWindow::chooseAndOpenWorkspace()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workspace"), m_settings->lastFolder(), fileFilter());
    if (!path.isEmpty())
        openWorkspace(path, nullptr);
}

void MainWindow::saveCopy()
{
    if (!m_workspace)
        return;
    const QString path = askTargetPath(tr("Save a Copy As"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_workspace->database().saveCopy(path, &error)) {
        showError(tr("Could not save a copy to “%1”: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_settings->setLastFolder(QFileInfo(path).absolutePath());
    m_messageBar->showMessage(tr("Saved a copy to “%1”. You are still editing “%2”.")
                                  .arg(QDir::toNativeSeparators(path), m_workspace->displayName()),
                              MessageBar::Kind::Information);
}

QString MainWindow::askTargetPath(const QString& caption)
{
    const QString chosen = QFileDialog::getSaveFileName(this, caption, m_settings->lastFolder(), fileFilter());
    if (chosen.isEmpty())
        return {};
    const QString path = withSuffix(chosen);
    if (m_workspace && samePath(path, m_workspace->path())) {
        showError(
            tr("“%1” is the workspace you are editing; choose another file.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Accord"),
                       tr("<h3>Accord %1</h3><p>Turn friction between go-to-market teams into decisions: surface "
                          "it, diagnose it, agree who decides, and follow it through.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::importCrmExport(const QStringList& files)
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    if (!m_importDialog) {
        m_importDialog = new ImportDialog(*m_workspace, this);
        m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importDialog, &ImportDialog::writingChanged, this, &MainWindow::pauseEditing);
    }
    m_importDialog->addFiles(files);
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
}

ImportDialog* MainWindow::importDialog() const
{
    return m_importDialog;
}

void MainWindow::pauseEditing(bool paused)
{
    m_areas->setEnabled(!paused);
    m_navigation->setEnabled(!paused);
    menuBar()->setEnabled(!paused);
    // Without an active stack Undo and Redo are disabled, shortcuts included.
    m_undoGroup->setActiveStack(paused || !m_workspace ? nullptr : m_workspace->undoStack());
    if (paused)
        m_messageBar->showMessage(tr("Importing CRM records: editing is paused until the import ends, so nothing "
                                     "you type is lost."),
                                  MessageBar::Kind::Warning);
    else
        m_messageBar->hide();
}

void MainWindow::showError(const QString& message)
{
    m_messageBar->showMessage(message, MessageBar::Kind::Error);
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("Accord"));
        return;
    }
    QString title = tr("%1 — Accord").arg(m_workspace->displayName());
    if (m_workspace->isReadOnly())
        title += tr(" [read-only]");
    setWindowTitle(title);
}

} // namespace accord
