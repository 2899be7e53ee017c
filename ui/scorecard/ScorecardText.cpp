#include "ScorecardText.h"

#include "common/Money.h"
#include "domain/Period.h"

#include <QLocale>
#include <cmath>

namespace accord {

ScorecardText::Section ScorecardText::sectionOf(const Metric& metric)
{
    if (metric.unit == QLatin1String("hours") || metric.unit == QLatin1String("days"))
        return Section::Speed;
    if (metric.unit.size() == 3 && metric.unit.isUpper())
        return Section::Impact;
    return Section::Quality;
}

QString ScorecardText::sectionName(Section section)
{
    switch (section) {
    case Section::Speed:
        return tr("Speed");
    case Section::Quality:
        return tr("Quality");
    case Section::Impact:
        return tr("Impact");
    }
    return {};
}

QString ScorecardText::value(const Metric& metric, std::optional<double> value)
{
    if (!value)
        return tr("–");
    const QLocale locale;
    const QString unit = metric.unit;
    if (unit == QLatin1String("%"))
        return tr("%1%").arg(locale.toString(*value, 'f', 1));
    if (unit == QLatin1String("hours"))
        return tr("%1 h").arg(locale.toString(*value, 'f', 1));
    if (unit == QLatin1String("days"))
        return tr("%1 d").arg(locale.toString(*value, 'f', 1));
    if (unit == QLatin1String("count"))
        return locale.toString(qint64(std::llround(*value)));
    if (unit.size() == 3 && unit.isUpper())
        return formatMoney(qint64(std::llround(*value)), unit, locale);
    return locale.toString(*value, 'f', 1);
}

QString ScorecardText::periodName(const QString& key)
{
    const auto period = Period::parse(key);
    if (!period)
        return key;
    if (period->first.addMonths(1) > period->last)
        return QLocale().toString(period->first, QStringLiteral("MMM yyyy"));
    return tr("Q%1 %2").arg((period->first.month() + 2) / 3).arg(period->first.year());
}

QString ScorecardText::ragName(Rag rag)
{
    switch (rag) {
    case Rag::Green:
        return tr("On target");
    case Rag::Amber:
        return tr("Near target");
    case Rag::Red:
        return tr("Off target");
    case Rag::None:
        break;
    }
    return tr("No value");
}

QColor ScorecardText::ragFill(Rag rag)
{
    switch (rag) {
    case Rag::Green:
        return QColor(0xd8, 0xf0, 0xdf);
    case Rag::Amber:
        return QColor(0xfc, 0xec, 0xc8);
    case Rag::Red:
        return QColor(0xf8, 0xd7, 0xd5);
    case Rag::None:
        break;
    }
    return {};
}

QColor ScorecardText::ragColor(Rag rag)
{
    switch (rag) {
    case Rag::Green:
        return QColor(0x2e, 0x7d, 0x4f);
    case Rag::Amber:
        return QColor(0xc7, 0x86, 0x12);
    case Rag::Red:
        return QColor(0xc0, 0x39, 0x2b);
    case Rag::None:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

} // namespace accord
