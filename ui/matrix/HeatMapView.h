#pragma once

#include "storage/CaseListQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QTableView;

namespace accord {

class CaseListModel;
class HeatMapModel;
class Workspace;

// The heat map in the main window: teams against teams shaded by a chosen measure (with the value written in each
// cell), and beside it the cases of the cell under the mouse or the keyboard. Double-click or Enter opens the
// cell's cases in the case list.
class HeatMapView : public QWidget
{
    Q_OBJECT

public:
    explicit HeatMapView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    HeatMapModel* model() const { return m_model; }

Q_SIGNALS:
    // The open cases between the two teams of a cell.
    void drillDown(const accord::CaseFilter& filter);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showCell(const QModelIndex& index);
    void open(const QModelIndex& index);

    HeatMapModel* m_model;
    CaseListModel* m_cellCases;
    QComboBox* m_measure;
    QTableView* m_table;
    QLabel* m_cellTitle;
    QListView* m_caseList;
};

} // namespace accord
