#pragma once

#include "domain/Id.h"
#include "storage/CaseListQuery.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace accord {

class CaseFilterBar;
class CaseListModel;
class Workspace;

// The "Cases" area: every friction case of the workspace, filtered, sorted, archived and deleted from one list.
class CaseListView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    CaseListModel* model() const { return m_model; }
    QAction* archiveAction() const { return m_archive; }
    QAction* deleteAction() const { return m_delete; }
    QAction* newCaseAction() const { return m_newCase; }

    // Shows only the cases a drill-down asked for (e.g. a heat-map cell), with a notice that says so and a way back
    // to the whole list.
    void showDrillDown(const CaseFilter& filter, const QString& description);

Q_SIGNALS:
    void caseActivated(accord::Id caseId);
    void newCaseRequested();

private:
    void clearDrillDown();
    Id selectedCaseId() const;
    void updateActions();
    void updateCount();
    void toggleArchived();
    void deleteSelected();
    void keepSortIndicatorOnSortableColumns(int column);

    QPointer<Workspace> m_workspace;
    CaseListModel* m_model;
    CaseFilterBar* m_filterBar;
    QTableView* m_table;
    QLabel* m_empty;
    QStackedWidget* m_pages;
    QLabel* m_count;
    QAction* m_archive;
    QAction* m_delete;
    QAction* m_newCase;
    QLabel* m_drillDown;
};

} // namespace accord
