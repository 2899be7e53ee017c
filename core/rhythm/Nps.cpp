#include "Nps.h"

namespace accord {

NpsResult NpsResult::of(const QList<NpsAnswer>& answers)
{
    NpsResult result;
    for (const NpsAnswer& a : answers) {
        if (a.score < 0 || a.score > 10)
            continue;
        ++result.answers;
        if (a.score >= 9)
            ++result.promoters;
        else if (a.score >= 7)
            ++result.passives;
        else
            ++result.detractors;
    }
    if (result.answers > 0)
        result.score = 100.0 * (result.promoters - result.detractors) / result.answers;
    return result;
}

} // namespace accord
