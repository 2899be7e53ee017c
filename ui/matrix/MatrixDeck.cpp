#include "MatrixDeck.h"

#include "ConflictPatternsModel.h"
#include "DecisionsOfTheDayModel.h"
#include "FrictionTypesModel.h"
#include "HeatMapModel.h"
#include "HeatMapPage.h"
#include "ScorecardSummaryModel.h"
#include "TablePage.h"

namespace accord {

MatrixDeck::MatrixDeck(Workspace* workspace, QObject* parent)
    : QObject(parent), m_heatMap(new HeatMapModel(this)), m_types(new FrictionTypesModel(this)),
      m_patterns(new ConflictPatternsModel(this)), m_scorecard(new ScorecardSummaryModel(this)),
      m_decisions(new DecisionsOfTheDayModel(this))
{
    m_heatMap->setWorkspace(workspace);
    m_types->setWorkspace(workspace);
    m_patterns->setWorkspace(workspace);
    m_scorecard->setWorkspace(workspace);
    m_decisions->setWorkspace(workspace);
    m_heatMapPage = new HeatMapPage(m_heatMap, this);
    // The long texts get the width; the KPI's name and its current value share one column.
    using F = FrictionTypesModel;
    m_typesPage = new TablePage(tr("Friction types"), m_types,
                                {{{F::Name}, 1.1},
                                 {{F::LooksLike}, 2},
                                 {{F::RootCause}, 2},
                                 {{F::Mechanism}, 2},
                                 {{F::Kpi, F::KpiValue}, 1.3},
                                 {{F::OpenCases}, 0.6}},
                                this);
    using P = ConflictPatternsModel;
    m_patternsPage = new TablePage(
        tr("Conflict patterns"), m_patterns,
        {{{P::Complaint}, 1.4}, {{P::RevopsEnables}, 2}, {{P::Artifact}, 1.6}, {{P::Kpis}, 1.2}, {{P::QuickFix}, 1.8}},
        this);
    using S = ScorecardSummaryModel;
    m_scorecardPage = new TablePage(tr("Scorecard"), m_scorecard,
                                    {{{S::Metric}, 2}, {{S::Now}, 1.6}, {{S::Target}, 1.2}, {{S::Status}, 1}}, this);
    m_scorecardPage->setEmptyText(tr("No metric has a value in the last months yet."));
    using D = DecisionsOfTheDayModel;
    m_decisionsPage = new TablePage(tr("Decisions of the day"), m_decisions,
                                    {{{D::Where}, 1.4}, {{D::Decision}, 2.4}, {{D::Owner}, 1.2}}, this);
    m_decisionsPage->setEmptyText(tr("No decision has been recorded today yet."));
}

} // namespace accord
