#include "Period.h"

#include <QRegularExpression>

namespace accord {

Period Period::month(const QDate& day)
{
    const QDate first(day.year(), day.month(), 1);
    return {first, first.addMonths(1).addDays(-1), first.toString(QStringLiteral("yyyy-MM"))};
}

Period Period::quarter(const QDate& day)
{
    const int q = (day.month() - 1) / 3;
    const QDate first(day.year(), q * 3 + 1, 1);
    return {first, first.addMonths(3).addDays(-1), QStringLiteral("%1-Q%2").arg(day.year()).arg(q + 1)};
}

std::optional<Period> Period::parse(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(?:(\\d{2})|Q([1-4]))$"));
    const QRegularExpressionMatch match = pattern.match(key);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    if (!match.captured(3).isEmpty())
        return quarter(QDate(year, (match.captured(3).toInt() - 1) * 3 + 1, 1));
    const int monthNumber = match.captured(2).toInt();
    if (monthNumber < 1 || monthNumber > 12)
        return std::nullopt;
    return month(QDate(year, monthNumber, 1));
}

} // namespace accord
