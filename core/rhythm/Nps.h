#pragma once

#include "domain/NpsAnswer.h"

#include <QList>

#include <optional>

namespace accord {

// Net Promoter Score of a set of answers: the share of promoters (9–10) minus the share of detractors (0–6), in
// points from -100 to 100. No answers give no score, not zero.
struct NpsResult
{
    int answers = 0;
    int promoters = 0;
    int passives = 0;
    int detractors = 0;
    std::optional<double> score;

    static NpsResult of(const QList<NpsAnswer>& answers);
    static bool isDetractor(const NpsAnswer& answer) { return answer.score <= 6; }
};

} // namespace accord
