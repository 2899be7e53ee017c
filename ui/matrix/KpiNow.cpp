#include "KpiNow.h"

#include <QCoreApplication>
#include <QLocale>

namespace accord::KpiNow {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::KpiNow", text);
}

} // namespace

ScorecardOptions lastMonths(const QDate& today, const QList<Id>& metricIds)
{
    // The month in progress is left out: its leads have not had time to convert, so its rates read as a collapse.
    const QDate thisMonth(today.year(), today.month(), 1);
    ScorecardOptions options;
    options.to = thisMonth.addDays(-1);
    options.from = thisMonth.addMonths(-Months);
    options.metricIds = metricIds;
    return options;
}

QString text(const ScorecardRow& row)
{
    const auto latest = row.latest();
    if (!latest)
        return tr("no value yet");
    const QLocale locale;
    const QString unit = row.metric.unit;
    QString text = unit == QLatin1String("%") ? tr("%1%").arg(locale.toString(*latest, 'f', 1))
                                              : tr("%1 %2").arg(locale.toString(*latest, 'f', 1), unit).trimmed();
    if (const auto moved = trend(row))
        text += *moved > 0 ? tr(" ▲") : *moved < 0 ? tr(" ▼") : tr(" ▶");
    if (!definitionChangedIn(row).isEmpty())
        text += tr(" (definition changed)");
    return text;
}

std::optional<int> trend(const ScorecardRow& row)
{
    const auto change = row.change();
    if (!change)
        return std::nullopt;
    return (*change > 0) - (*change < 0);
}

QString definitionChangedIn(const ScorecardRow& row)
{
    int values = 0;
    QString changedIn;
    for (auto it = row.cells.crbegin(); it != row.cells.crend() && values < 2; ++it) {
        if (it->definitionChanged)
            changedIn = it->period;
        if (it->value)
            ++values;
    }
    return changedIn;
}

} // namespace accord::KpiNow
