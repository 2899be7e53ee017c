#pragma once

#include <QMainWindow>
#include <memory>

class QListWidget;
class QStackedWidget;
class QUndoGroup;

namespace accord {

class CaseListView;
class MessageBar;
class Settings;
class StartPage;
class TeamsPeopleView;
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

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void newWorkspace();
    void chooseAndOpenWorkspace();
    void saveCopy();
    void showAbout();
    void showError(const QString& message);
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
    CaseListView* m_cases = nullptr;
    TeamsPeopleView* m_teamsPeople = nullptr;
    QAction* m_saveCopy = nullptr;
};

} // namespace accord
