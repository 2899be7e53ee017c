#pragma once

#include "Id.h"

#include <QDate>
#include <QString>

namespace accord {

// A customer's answers to the three questions: likelihood to recommend, what to do better, what we do well.
struct NpsAnswer
{
    Id id = 0;
    QString period;
    QString account;
    QString respondent;
    int score = 0; // 0–10
    QString doBetter;
    QString doWell;
    QDate answeredOn;

    bool operator==(const NpsAnswer&) const = default;
};

} // namespace accord
