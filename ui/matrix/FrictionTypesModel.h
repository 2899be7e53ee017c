#pragma once

#include "CatalogTableModel.h"
#include "domain/FrictionType.h"
#include "scorecard/Scorecard.h"

#include <QHash>

namespace accord {

// The friction matrix's rows: each friction type with what it looks like, its likely root cause, the mechanism
// that resolves it and its primary KPI, beside how many cases of it are open and how the KPI stands now (the
// latest of the last six months, which way it moved, and whether its definition changed since the value it moved
// from).
class FrictionTypesModel : public CatalogTableModel<FrictionType>
{
    Q_OBJECT

public:
    enum Column { Name, LooksLike, RootCause, Mechanism, Kpi, KpiValue, OpenCases, ColumnCount };
    enum Role {
        TrendRole = Qt::UserRole, // in KpiValue: +1 up, -1 down, 0 level; invalid without two values
        DefinitionChangedRole,    // in KpiValue: the definition changed within the periods the value and trend read
    };

    explicit FrictionTypesModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    int restoreDefaults();

protected:
    QSet<QString> watchedTables() const override;
    void loadLookups(Workspace& workspace) override;

private:
    static TextField fieldOf(int column);

    QHash<Id, QString> m_metricNames;
    QHash<Id, int> m_openCases;
    QHash<Id, ScorecardRow> m_kpis;
};

} // namespace accord
