#pragma once

#include "ImportEnums.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace accord {

// Reads the dates and times of one import file into UTC: ISO 8601 with or without time and zone, 2026.05.01 10:00,
// day- or month-first dates with slashes, dots or dashes, optional seconds and AM/PM, and Excel serial numbers.
// A time without a zone is local time in the file's time zone.
class DateParser
{
public:
    explicit DateParser(DateFormat format = DateFormat::YearMonthDay, QTimeZone zone = QTimeZone::utc());

    // An empty cell is valid and leaves *value invalid; otherwise false with *reason set.
    bool parseDateTime(QStringView text, QDateTime* value, QString* reason) const;
    // The calendar day as written (the time, if any, is dropped).
    bool parseDate(QStringView text, QDate* value, QString* reason) const;

    // The formats under which every value reads as a date. Year-first alone when no value needs an order; both
    // day-first and month-first when the values cannot tell them apart, so that the user is asked.
    static QList<DateFormat> possibleFormats(const QStringList& values);

private:
    struct Parts
    {
        QDate date;
        QTime time;
        bool hasOffset = false;
        int offsetSeconds = 0;
    };
    bool parseParts(QStringView text, Parts* parts, QString* reason) const;
    QString notADate(QStringView text) const;

    DateFormat m_format;
    QTimeZone m_zone;
    bool m_utc; // settled once: comparing time zones costs more than reading the date
};

} // namespace accord
