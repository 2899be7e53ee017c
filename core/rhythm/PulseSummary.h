#pragma once

#include "domain/PulseEntry.h"

#include <QList>
#include <QString>

#include <optional>

namespace accord {

// How one team felt about its partnership goals in one period: the count of worse, same and better answers and a
// score from -100 (all worse) to 100 (all better).
struct PulseSummary
{
    Id teamId = 0;
    QString period;
    int worse = 0;
    int same = 0;
    int better = 0;
    std::optional<double> score;

    int answers() const { return worse + same + better; }

    // One summary per (team, period) present in the entries, ordered by period then team.
    static QList<PulseSummary> byTeamAndPeriod(const QList<PulseEntry>& entries);
};

} // namespace accord
