#pragma once

#include "domain/Id.h"
#include "domain/Team.h"
#include "storage/CaseListQuery.h"
#include "storage/HeatMapQuery.h"
#include "workspace/Workspace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace accord {

// The team × team heat map of open friction: one row and one column per team of the workspace (archived teams
// left out), symmetric, with the diagonal empty. Each cell shows its open case count and, in MeasureRole, the
// chosen measure, so that a view can colour by one number and still write it in the cell.
class HeatMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Measure { Count, HighestSeverity, RevenueAtRisk, DaysOpen };
    enum Role {
        MeasureRole = Qt::UserRole, // the chosen measure as a number (invalid when the cell has no open case)
        MeasureTextRole,            // the same, written for a cell ("170k", "High", "40 d")
        IntensityRole,              // the measure against the largest in the map, 0..1, for colour
        TeamIdRole,                 // the row team's id; the column team's id is the header's TeamIdRole
    };

    explicit HeatMapModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    Workspace* workspace() const { return m_workspace; }

    Measure measure() const { return m_measure; }
    void setMeasure(Measure measure);
    static QList<Measure> measures();
    static QString measureName(Measure measure);

    const QList<Team>& teams() const { return m_teams; }
    // The open cases between the row's and the column's team, as the case list filters them.
    CaseFilter filterFor(const QModelIndex& index) const;
    // The cell's open cases, most severe first.
    QList<CaseSummary> casesFor(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void measureChanged(accord::HeatMapModel::Measure measure);

private:
    void reload();
    const HeatCell* cellAt(const QModelIndex& index) const;
    double measureOf(const HeatCell& cell) const;
    QString measureText(const HeatCell& cell) const;
    QString toolTip(const QModelIndex& index) const;

    QPointer<Workspace> m_workspace;
    QList<Team> m_teams;
    QHash<QPair<Id, Id>, HeatCell> m_cells; // keyed by (smaller id, larger id)
    Measure m_measure = Measure::Count;
    QString m_currency;
};

} // namespace accord
