#include "DateParser.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace accord {
namespace {

// Excel's day 0 in the 1900 date system (it counts a 29 February 1900 that never was, so day 60 and later line up).
const QDate ExcelEpoch(1899, 12, 30);
constexpr double LastExcelSerial = 2958465; // 9999-12-31

// Reads digits at pos; returns how many (at most 9, so the value fits an int).
int readNumber(QStringView text, qsizetype& pos, int* value)
{
    int digits = 0;
    *value = 0;
    while (pos < text.size() && digits < 9 && text[pos].isDigit()) {
        *value = *value * 10 + text[pos].digitValue();
        ++pos;
        ++digits;
    }
    return digits;
}

bool isDateSeparator(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('/');
}

void skipSpaces(QStringView text, qsizetype& pos)
{
    while (pos < text.size() && text[pos].isSpace())
        ++pos;
}

bool consume(QStringView text, qsizetype& pos, QLatin1StringView word)
{
    if (!text.sliced(pos).startsWith(word, Qt::CaseInsensitive))
        return false;
    pos += word.size();
    return true;
}

// A serial day number with an optional fraction of a day, as Excel stores dates.
bool excelSerial(QStringView text, QDate* date, QTime* time)
{
    bool dot = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('.') && !dot)
            dot = true;
        else if (!c.isDigit())
            return false;
    }
    bool ok = false;
    const double serial = text.toDouble(&ok);
    if (!ok || serial < 1 || serial > LastExcelSerial)
        return false;
    const double days = std::floor(serial);
    *date = ExcelEpoch.addDays(qint64(days));
    *time = QTime(0, 0).addMSecs(int(std::lround((serial - days) * 86400000.0)) % 86400000);
    return true;
}

QString formatPattern(DateFormat format)
{
    switch (format) {
    case DateFormat::DayMonthYear:
        return QCoreApplication::translate("accord::DateParser", "DD/MM/YYYY");
    case DateFormat::MonthDayYear:
        return QCoreApplication::translate("accord::DateParser", "MM/DD/YYYY");
    case DateFormat::YearMonthDay:
        break;
    }
    return QCoreApplication::translate("accord::DateParser", "YYYY-MM-DD");
}

} // namespace

DateParser::DateParser(DateFormat format, QTimeZone zone)
    : m_format(format), m_zone(std::move(zone)), m_utc(m_zone == QTimeZone::utc())
{}

QString DateParser::notADate(QStringView text) const
{
    return QCoreApplication::translate("accord::DateParser", "“%1” is not a date like %2.")
        .arg(text.toString(), formatPattern(m_format));
}

bool DateParser::parseParts(QStringView text, Parts* parts, QString* reason) const
{
    if (excelSerial(text, &parts->date, &parts->time))
        return true;
    qsizetype pos = 0;
    int first = 0;
    int second = 0;
    int third = 0;
    const int firstDigits = readNumber(text, pos, &first);
    const QChar separator = pos < text.size() ? text[pos] : QChar();
    if (firstDigits == 0 || !isDateSeparator(separator)) {
        *reason = notADate(text);
        return false;
    }
    ++pos;
    const int secondDigits = readNumber(text, pos, &second);
    if (secondDigits == 0 || pos >= text.size() || text[pos] != separator) {
        *reason = notADate(text);
        return false;
    }
    ++pos;
    const int thirdDigits = readNumber(text, pos, &third);
    if (firstDigits == 4 && secondDigits <= 2 && thirdDigits >= 1 && thirdDigits <= 2) {
        parts->date = QDate(first, second, third);
    } else if (m_format != DateFormat::YearMonthDay && firstDigits <= 2 && secondDigits <= 2 && thirdDigits == 4) {
        parts->date = m_format == DateFormat::DayMonthYear ? QDate(third, second, first) : QDate(third, first, second);
    } else {
        *reason = notADate(text);
        return false;
    }
    if (!parts->date.isValid()) {
        *reason = QCoreApplication::translate("accord::DateParser", "“%1” is not a day of the calendar.")
                      .arg(text.toString());
        return false;
    }
    parts->time = QTime(0, 0);
    if (pos == text.size())
        return true;

    if (text[pos] == QLatin1Char('T') || text[pos].isSpace())
        ++pos;
    skipSpaces(text, pos);
    int hour = 0;
    int minute = 0;
    int second2 = 0;
    int fraction = 0;
    int fractionDigits = 0;
    const int hourDigits = readNumber(text, pos, &hour);
    bool ok = hourDigits >= 1 && hourDigits <= 2 && pos < text.size() && text[pos] == QLatin1Char(':');
    if (ok) {
        ++pos;
        ok = readNumber(text, pos, &minute) == 2;
    }
    if (ok && pos < text.size() && text[pos] == QLatin1Char(':')) {
        ++pos;
        ok = readNumber(text, pos, &second2) == 2;
        if (ok && pos < text.size() && (text[pos] == QLatin1Char('.') || text[pos] == QLatin1Char(','))) {
            ++pos;
            fractionDigits = readNumber(text, pos, &fraction);
            ok = fractionDigits > 0;
        }
    }
    skipSpaces(text, pos);
    if (ok && hour >= 1 && hour <= 12) {
        if (consume(text, pos, QLatin1StringView("PM")))
            hour = hour % 12 + 12;
        else if (consume(text, pos, QLatin1StringView("AM")))
            hour %= 12;
        skipSpaces(text, pos);
    }
    while (fractionDigits > 3) {
        fraction /= 10;
        --fractionDigits;
    }
    while (fractionDigits > 0 && fractionDigits < 3) {
        fraction *= 10;
        ++fractionDigits;
    }
    parts->time = QTime(hour, minute, second2, fraction);
    if (!ok || !parts->time.isValid()) {
        *reason = notADate(text);
        return false;
    }
    if (pos == text.size())
        return true;

    if (consume(text, pos, QLatin1StringView("Z")) || consume(text, pos, QLatin1StringView("UTC")) ||
        consume(text, pos, QLatin1StringView("GMT"))) {
        parts->hasOffset = true;
    }
    if (pos < text.size() && (text[pos] == QLatin1Char('+') || text[pos] == QLatin1Char('-'))) {
        const int sign = text[pos] == QLatin1Char('-') ? -1 : 1;
        ++pos;
        int hours = 0;
        int minutes = 0;
        const int digits = readNumber(text, pos, &hours);
        if (digits == 4) {
            minutes = hours % 100;
            hours /= 100;
        } else if (digits == 2 && pos < text.size() && text[pos] == QLatin1Char(':')) {
            ++pos;
            ok = readNumber(text, pos, &minutes) == 2;
        } else {
            ok = digits >= 1 && digits <= 2;
        }
        parts->hasOffset = true;
        parts->offsetSeconds = sign * (hours * 3600 + minutes * 60);
    }
    if (!ok || !parts->hasOffset || pos != text.size()) {
        *reason = notADate(text);
        return false;
    }
    return true;
}

bool DateParser::parseDateTime(QStringView text, QDateTime* value, QString* reason) const
{
    text = text.trimmed();
    *value = QDateTime();
    if (text.isEmpty())
        return true;
    Parts parts;
    if (!parseParts(text, &parts, reason))
        return false;
    if (parts.hasOffset) {
        *value = QDateTime(parts.date, parts.time, Qt::OffsetFromUTC, parts.offsetSeconds).toUTC();
        return true;
    }
    // UTC files are the common case and need no time-zone rules.
    if (m_utc) {
        *value = QDateTime(parts.date, parts.time, Qt::UTC);
        return true;
    }
    const QDateTime local(parts.date, parts.time, m_zone);
    if (!local.isValid() || local.time() != parts.time) {
        *reason = QCoreApplication::translate("accord::DateParser",
                                              "“%1” does not exist in the time zone %2: the clocks went forward.")
                      .arg(text.toString(), QString::fromUtf8(m_zone.id()));
        return false;
    }
    *value = local.toUTC();
    return true;
}

bool DateParser::parseDate(QStringView text, QDate* value, QString* reason) const
{
    text = text.trimmed();
    *value = QDate();
    if (text.isEmpty())
        return true;
    Parts parts;
    if (!parseParts(text, &parts, reason))
        return false;
    *value = parts.date;
    return true;
}

QList<DateFormat> DateParser::possibleFormats(const QStringList& values)
{
    QList<DateFormat> possible;
    for (const DateFormat format : enumValues<DateFormat>()) {
        const DateParser parser(format);
        QDate date;
        QString reason;
        const bool fits = std::all_of(values.cbegin(), values.cend(),
                                      [&](const QString& value) { return parser.parseDate(value, &date, &reason); });
        if (fits)
            possible.append(format);
    }
    // Year-first reads only year-first dates; when it fits, the order of the others never comes up.
    if (possible.contains(DateFormat::YearMonthDay))
        return {DateFormat::YearMonthDay};
    return possible;
}

} // namespace accord
