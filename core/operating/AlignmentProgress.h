#pragma once

#include "domain/AlignmentArea.h"

#include <QList>
#include <QString>

namespace accord {

// How far the teams are through the alignment checklist: an area counts once both sides agreed it.
struct AlignmentProgress
{
    int agreed = 0;
    int drafted = 0;
    int total = 0;

    static AlignmentProgress of(const QList<AlignmentArea>& areas);
    // "5 of 8 agreed", with the drafted ones when there are any.
    QString text() const;
};

} // namespace accord
