#pragma once

#include "storage/CaseListQuery.h"

#include <QWidget>
#include <functional>

class QTableView;
class QTabWidget;

namespace accord {

class ConflictPatternsModel;
class FrictionTypesModel;
class HeatMapView;
class MessageBar;
class Workspace;

// The "Friction matrix" area: the heat map, the friction types and the conflict patterns, the two catalogues
// edited in place with a way back to the built-in texts.
class FrictionMatrixView : public QWidget
{
    Q_OBJECT

public:
    explicit FrictionMatrixView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    HeatMapView* heatMap() const { return m_heatMap; }
    FrictionTypesModel* typesModel() const { return m_types; }
    ConflictPatternsModel* patternsModel() const { return m_patterns; }

Q_SIGNALS:
    void drillDown(const accord::CaseFilter& filter);

private:
    QWidget* catalogPane(QTableView* table, const char* restoreName, const std::function<int()>& restore);

    HeatMapView* m_heatMap;
    FrictionTypesModel* m_types;
    ConflictPatternsModel* m_patterns;
    QTabWidget* m_tabs;
    MessageBar* m_message;
};

} // namespace accord
