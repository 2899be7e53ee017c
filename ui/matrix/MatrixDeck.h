#pragma once

#include <QObject>

namespace accord {

class ConflictPatternsModel;
class FrictionTypesModel;
class HeatMapModel;
class HeatMapPage;
class TablePage;
class Workspace;

// The friction matrix's presentation pages over one workspace, with the models they read: the heat map, the
// friction types and the conflict patterns. The presentation window shows them; the renderer paints them headless.
class MatrixDeck : public QObject
{
    Q_OBJECT

public:
    explicit MatrixDeck(Workspace* workspace, QObject* parent = nullptr);

    HeatMapModel* heatMapModel() const { return m_heatMap; }
    HeatMapPage* heatMapPage() const { return m_heatMapPage; }
    TablePage* typesPage() const { return m_typesPage; }
    TablePage* patternsPage() const { return m_patternsPage; }

private:
    HeatMapModel* m_heatMap;
    FrictionTypesModel* m_types;
    ConflictPatternsModel* m_patterns;
    HeatMapPage* m_heatMapPage;
    TablePage* m_typesPage;
    TablePage* m_patternsPage;
};

} // namespace accord
