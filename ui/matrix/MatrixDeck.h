#pragma once

#include <QObject>

namespace accord {

class ConflictPatternsModel;
class DecisionsOfTheDayModel;
class FrictionTypesModel;
class HeatMapModel;
class HeatMapPage;
class ScorecardSummaryModel;
class TablePage;
class Workspace;

// The friction matrix's presentation pages over one workspace, with the models they read: the heat map, the
// friction types, the conflict patterns, the scorecard and the decisions of the day. The presentation window shows
// them in that order; the renderer paints the matrix pages headless.
class MatrixDeck : public QObject
{
    Q_OBJECT

public:
    explicit MatrixDeck(Workspace* workspace, QObject* parent = nullptr);

    HeatMapModel* heatMapModel() const { return m_heatMap; }
    HeatMapPage* heatMapPage() const { return m_heatMapPage; }
    TablePage* typesPage() const { return m_typesPage; }
    TablePage* patternsPage() const { return m_patternsPage; }
    TablePage* scorecardPage() const { return m_scorecardPage; }
    TablePage* decisionsPage() const { return m_decisionsPage; }

private:
    HeatMapModel* m_heatMap;
    FrictionTypesModel* m_types;
    ConflictPatternsModel* m_patterns;
    ScorecardSummaryModel* m_scorecard;
    DecisionsOfTheDayModel* m_decisions;
    HeatMapPage* m_heatMapPage;
    TablePage* m_typesPage;
    TablePage* m_patternsPage;
    TablePage* m_scorecardPage;
    TablePage* m_decisionsPage;
};

} // namespace accord
