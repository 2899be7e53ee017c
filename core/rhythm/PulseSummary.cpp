#include "PulseSummary.h"

#include <QMap>

namespace accord {

QList<PulseSummary> PulseSummary::byTeamAndPeriod(const QList<PulseEntry>& entries)
{
    QMap<std::pair<QString, Id>, PulseSummary> groups;
    for (const PulseEntry& e : entries) {
        PulseSummary& s = groups[{e.period, e.teamId}];
        s.teamId = e.teamId;
        s.period = e.period;
        switch (e.rating) {
        case PulseRating::Worse:
            ++s.worse;
            break;
        case PulseRating::Same:
            ++s.same;
            break;
        case PulseRating::Better:
            ++s.better;
            break;
        }
    }
    QList<PulseSummary> list;
    for (PulseSummary s : std::as_const(groups)) {
        s.score = 100.0 * (s.better - s.worse) / s.answers();
        list.append(s);
    }
    return list;
}

} // namespace accord
