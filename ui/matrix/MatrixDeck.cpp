#include "MatrixDeck.h"

#include "ConflictPatternsModel.h"
#include "FrictionTypesModel.h"
#include "HeatMapModel.h"
#include "HeatMapPage.h"
#include "TablePage.h"

namespace accord {

MatrixDeck::MatrixDeck(Workspace* workspace, QObject* parent)
    : QObject(parent), m_heatMap(new HeatMapModel(this)), m_types(new FrictionTypesModel(this)),
      m_patterns(new ConflictPatternsModel(this))
{
    m_heatMap->setWorkspace(workspace);
    m_types->setWorkspace(workspace);
    m_patterns->setWorkspace(workspace);
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
}

} // namespace accord
