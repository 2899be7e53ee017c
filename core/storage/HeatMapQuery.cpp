#include "HeatMapQuery.h"

#include "Database.h"
#include "SqlQuery.h"

namespace accord::HeatMapQuery {

QList<HeatCell> cells(const Database& db, const QDate& today, QString* error)
{
    // Each pair of a case's teams once (a < b); the aggregation runs in SQL so large workspaces stay quick.
    SqlQuery query(db.connection(),
                   QStringLiteral("SELECT a.team_id, b.team_id, count(*), max(c.severity), sum(c.revenue_at_risk), "
                                  "min(c.raised_on) "
                                  "FROM cases c "
                                  "JOIN case_teams a ON a.case_id = c.id "
                                  "JOIN case_teams b ON b.case_id = c.id AND a.team_id < b.team_id "
                                  "WHERE c.archived = 0 AND c.status = ? "
                                  "GROUP BY a.team_id, b.team_id"));
    query.bind(QStringLiteral("open"));
    QList<HeatCell> cells;
    if (!query.exec(error))
        return cells;
    while (query.next()) {
        HeatCell cell;
        cell.teamA = query.value(0).toLongLong();
        cell.teamB = query.value(1).toLongLong();
        cell.openCases = query.value(2).toInt();
        cell.highestSeverity = query.value(3).toInt();
        cell.revenueAtRisk = query.value(4).toLongLong();
        const QDate oldest = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        cell.daysOpen = oldest.isValid() ? int(std::max<qint64>(0, oldest.daysTo(today))) : 0;
        cells.append(cell);
    }
    return cells;
}

QList<TypeCount> openCasesByType(const Database& db, QString* error)
{
    SqlQuery query(db.connection(), QStringLiteral("SELECT friction_type_id, count(*) FROM cases "
                                                   "WHERE archived = 0 AND status = ? AND friction_type_id IS NOT NULL "
                                                   "GROUP BY friction_type_id"));
    query.bind(QStringLiteral("open"));
    QList<TypeCount> counts;
    if (!query.exec(error))
        return counts;
    while (query.next())
        counts.append({query.value(0).toLongLong(), query.value(1).toInt()});
    return counts;
}

} // namespace accord::HeatMapQuery
