#pragma once

#include "storage/CaseListQuery.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QActionGroup;
class QListWidget;
class QStackedWidget;
class QUndoGroup;

namespace accord {

class CaseListView;
class CaseWizard;
class ImportDialog;
class MessageBar;
class PresentationWindow;
class ReportActions;
class Settings;
class StartPage;
class Workspace;

// The application window: the File and Edit menus, the message bar, and a navigation list that switches between
// the areas of the product. It owns the open workspace and hands it to each area; the areas do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file for editing (read-only with a notice when it cannot be written). On failure the
    // current workspace stays open and the reason is shown in the window and returned in error.
    bool openWorkspace(const QString& path, QString* error);
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    Workspace* workspace() const;

    MessageBar* messageBar() const { return m_messageBar; }
    CaseListView* caseList() const { return m_cases; }
    CaseWizard* caseWizard() const { return m_wizard; }
    PresentationWindow* presentation() const { return m_presentation; }

    // Opens a case in the playbook wizard.
    void openCase(Id caseId);
    // Projects the friction matrix full screen (View ▸ Present, F5).
    void present();
    // File ▸ Import CRM Export, or export files dropped on the window: the import dialog with these files.
    void importCrmExport(const QStringList& files);
    ImportDialog* importDialog() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Area
    {
        QWidget* widget;
        std::function<void(Workspace*)> setWorkspace;
    };

    // An area of the product: a page of the window that follows the open workspace; with a title it is listed in
    // the navigation.
    template <typename View>
    View* addArea(View* view, const QString& title);
    void showArea(QWidget* widget);
    void createMenus();
    void drillDown(const CaseFilter& filter);
    void newWorkspace();
    void chooseAndOpenWorkspace();
    void saveCopy();
    void showAbout();
    void showError(const QString& message);
    // While an import writes, the areas and menus that change the workspace wait, so nothing typed is lost.
    void pauseEditing(bool paused);
    void updateTitle();
    // Asks for a file to write; empty when the user cancels or picks the open workspace itself.
    QString askTargetPath(const QString& caption);

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    QUndoGroup* m_undoGroup = nullptr;
    MessageBar* m_messageBar = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_areas = nullptr;
    StartPage* m_startPage = nullptr;
    QList<Area> m_areaList;
    QList<QWidget*> m_navigable;
    CaseListView* m_cases = nullptr;
    CaseWizard* m_wizard = nullptr;
    PresentationWindow* m_presentation = nullptr;
    QActionGroup* m_screens = nullptr;
    QAction* m_saveCopy = nullptr;
    QAction* m_present = nullptr;
    QAction* m_import = nullptr;
    ReportActions* m_reports = nullptr;
    QPointer<ImportDialog> m_importDialog;
};

} // namespace accord
