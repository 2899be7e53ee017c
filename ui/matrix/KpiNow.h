#pragma once

#include "scorecard/Scorecard.h"

#include <QDate>
#include <QString>
#include <optional>

namespace accord {

// How a KPI stands now, written the same way wherever the friction matrix and presentation mode show one: the
// latest of the last months with a value, which way it moved from the value before, and whether its definition
// changed under those numbers.
namespace KpiNow {

constexpr int Months = 6;

// The scorecard options for the last Months complete months before today's, for the given metrics.
ScorecardOptions lastMonths(const QDate& today, const QList<Id>& metricIds);
// The last of those months, "May 2026": the month text() reads a value from.
QString lastMonthName(const QDate& today);
// "17.5% ▲ (definition changed)", "18.0 h (Mar 2026)" for a value measured before the last month, or a note that
// there is no value yet.
QString text(const ScorecardRow& row);
// +1 up, -1 down, 0 level; nothing without two values.
std::optional<int> trend(const ScorecardRow& row);
// The earliest period in which the definition changed among those the value and its trend are read from (the
// period of the value before the latest, and every one after it); empty when it did not change there.
QString definitionChangedIn(const ScorecardRow& row);

} // namespace KpiNow
} // namespace accord
