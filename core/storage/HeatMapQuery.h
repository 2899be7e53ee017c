#pragma once

#include "domain/Id.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace accord {

class Database;

// One cell of the team × team heat map: the open, non-archived cases between two teams (a case counts once for
// each pair of its teams).
struct HeatCell
{
    Id teamA = 0; // the smaller id: the map is symmetric
    Id teamB = 0;
    int openCases = 0;
    int highestSeverity = 0;
    qint64 revenueAtRisk = 0;
    int daysOpen = 0; // of the oldest case in the cell
};

// Open cases of each friction type, for the friction matrix.
struct TypeCount
{
    Id frictionTypeId = 0;
    int openCases = 0;
};

namespace HeatMapQuery {

QList<HeatCell> cells(const Database& db, const QDate& today, QString* error = nullptr);
QList<TypeCount> openCasesByType(const Database& db, QString* error = nullptr);

} // namespace HeatMapQuery
} // namespace accord
