#include "AlignmentProgress.h"

#include <QCoreApplication>

namespace accord {

AlignmentProgress AlignmentProgress::of(const QList<AlignmentArea>& areas)
{
    AlignmentProgress progress;
    progress.total = int(areas.size());
    for (const AlignmentArea& area : areas) {
        if (area.status == AlignmentStatus::Agreed)
            ++progress.agreed;
        else if (area.status == AlignmentStatus::Drafted)
            ++progress.drafted;
    }
    return progress;
}

QString AlignmentProgress::text() const
{
    const QString agreedText =
        QCoreApplication::translate("accord::AlignmentProgress", "%1 of %2 agreed").arg(agreed).arg(total);
    if (drafted == 0)
        return agreedText;
    return QCoreApplication::translate("accord::AlignmentProgress", "%1, %2 drafted").arg(agreedText).arg(drafted);
}

} // namespace accord
