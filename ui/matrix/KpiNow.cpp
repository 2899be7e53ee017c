#include "KpiNow.h"

#include "scorecard/ScorecardText.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

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

QString lastMonthName(const QDate& today)
{
    return QLocale().toString(lastMonths(today, {}).to, QStringLiteral("MMMM yyyy"));
}

QString text(const ScorecardRow& row)
{
    const auto latest =
        std::find_if(row.cells.crbegin(), row.cells.crend(), [](const ScorecardCell& cell) { return cell.value; });
    if (latest == row.cells.crend())
        return tr("no value yet");
    QString text = ScorecardText::value(row.metric, latest->value);
    // Read under the last month's name, a value from a month before must say when it was measured.
    if (latest != row.cells.crbegin())
        text += tr(" (%1)").arg(ScorecardText::periodName(latest->period));
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
