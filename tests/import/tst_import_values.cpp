#include "ImportTestSupport.h"
#include "import/AmountParser.h"
#include "import/DateParser.h"

#include <QTest>

using namespace accord;

Q_DECLARE_METATYPE(QList<accord::DateFormat>)

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class TestImportValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateTime_data();
    void dateTime();
    void closeDateDropsTheTime();
    void possibleFormats_data();
    void possibleFormats();
    void amount_data();
    void amount();
    void decimalSeparator_data();
    void decimalSeparator();
};

void TestImportValues::dateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateFormat>("format");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<QString>("reason");

    const DateFormat ymd = DateFormat::YearMonthDay;
    const DateFormat dmy = DateFormat::DayMonthYear;
    const DateFormat mdy = DateFormat::MonthDayYear;
    const QString none;
    const auto s = [](const char* text) { return QString::fromUtf8(text); };

    QTest::addRow("ISO date alone is midnight") << "2026-05-01" << ymd << "UTC" << utc(2026, 5, 1) << none;
    QTest::addRow("ISO with T and Z") << "2026-05-01T10:15:30Z" << ymd << "Europe/Berlin" << utc(2026, 5, 1, 10, 15, 30)
                                      << none;
    QTest::addRow("ISO with milliseconds and an offset")
        << "2026-05-01T10:15:30.250+02:00" << ymd << "UTC" << utc(2026, 5, 1, 8, 15, 30, 250) << none;
    QTest::addRow("ISO offset without colon")
        << "2026-05-01T10:15:30+0530" << ymd << "UTC" << utc(2026, 5, 1, 4, 45, 30) << none;
    QTest::addRow("dotted year-first with minutes")
        << "2026.05.01 10:00" << dmy << "UTC" << utc(2026, 5, 1, 10) << none;
    QTest::addRow("Berlin summer time is two hours ahead")
        << "2026-07-01 10:00" << ymd << "Europe/Berlin" << utc(2026, 7, 1, 8) << none;
    QTest::addRow("Berlin winter time is one hour ahead")
        << "2026-01-15 10:00" << ymd << "Europe/Berlin" << utc(2026, 1, 15, 9) << none;
    QTest::addRow("DST change day, before the clocks go forward")
        << "2026-03-29 01:30" << ymd << "Europe/Berlin" << utc(2026, 3, 29, 0, 30) << none;
    QTest::addRow("DST change day, after the clocks went forward")
        << "2026-03-29 03:30" << ymd << "Europe/Berlin" << utc(2026, 3, 29, 1, 30) << none;
    QTest::addRow("day-first with slashes") << "13/02/2026 09:05" << dmy << "UTC" << utc(2026, 2, 13, 9, 5) << none;
    QTest::addRow("day-first with dots") << "01.05.2026" << dmy << "UTC" << utc(2026, 5, 1) << none;
    QTest::addRow("month-first with PM") << "2/13/2026 9:05 PM" << mdy << "UTC" << utc(2026, 2, 13, 21, 5) << none;
    QTest::addRow("12 AM is midnight") << "2/13/2026 12:00 AM" << mdy << "UTC" << utc(2026, 2, 13) << none;
    QTest::addRow("month-first in New York")
        << "05/01/2026 10:00" << mdy << "America/New_York" << utc(2026, 5, 1, 14) << none;
    QTest::addRow("Excel serial day") << "45413" << ymd << "UTC" << utc(2024, 5, 1) << none;
    QTest::addRow("Excel serial with a time of day") << "45413.75" << dmy << "UTC" << utc(2024, 5, 1, 18) << none;
    QTest::addRow("Excel serial in the file's zone")
        << "45413.5" << ymd << "Europe/Berlin" << utc(2024, 5, 1, 10) << none;
    QTest::addRow("empty cell is no date") << "  " << ymd << "UTC" << QDateTime() << none;

    QTest::addRow("30 February") << "2026-02-30" << ymd << "UTC" << QDateTime()
                                 << s("“2026-02-30” is not a day of the calendar.");
    QTest::addRow("month 13 in a month-first file")
        << "13/02/2026" << mdy << "UTC" << QDateTime() << s("“13/02/2026” is not a day of the calendar.");
    QTest::addRow("day-first date in a year-first file")
        << "01/02/2026" << ymd << "UTC" << QDateTime() << s("“01/02/2026” is not a date like YYYY-MM-DD.");
    QTest::addRow("words") << "next Tuesday" << dmy << "UTC" << QDateTime()
                           << s("“next Tuesday” is not a date like DD/MM/YYYY.");
    QTest::addRow("hour 25") << "2026-05-01 25:00" << ymd << "UTC" << QDateTime()
                             << s("“2026-05-01 25:00” is not a date like YYYY-MM-DD.");
    QTest::addRow("trailing text") << "05/01/2026 10:00 soon" << mdy << "UTC" << QDateTime()
                                   << s("“05/01/2026 10:00 soon” is not a date like MM/DD/YYYY.");
    QTest::addRow("time skipped by the clocks going forward")
        << "2026-03-29 02:30" << ymd << "Europe/Berlin" << QDateTime()
        << s("“2026-03-29 02:30” does not exist in the time zone Europe/Berlin: the clocks went forward.");
}

void TestImportValues::dateTime()
{
    QFETCH(QString, text);
    QFETCH(DateFormat, format);
    QFETCH(QString, zone);
    QFETCH(QDateTime, expected);
    QFETCH(QString, reason);

    const DateParser parser(format, QTimeZone(zone.toUtf8()));
    QDateTime value;
    QString why;
    QCOMPARE(parser.parseDateTime(text, &value, &why), reason.isEmpty());
    QCOMPARE(why, reason);
    QCOMPARE(value, expected);
    if (value.isValid())
        QCOMPARE(value.timeSpec(), Qt::UTC);
}

void TestImportValues::closeDateDropsTheTime()
{
    const DateParser parser(DateFormat::DayMonthYear, QTimeZone("Europe/Berlin"));
    QDate date;
    QString reason;
    QVERIFY(parser.parseDate(u"31/12/2026 23:30", &date, &reason));
    QCOMPARE(date, QDate(2026, 12, 31));
}

void TestImportValues::possibleFormats_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QList<DateFormat>>("formats");

    QTest::addRow("year-first values need no order")
        << QStringList{"2026-05-01", "2026-05-02 10:00", ""} << QList<DateFormat>{DateFormat::YearMonthDay};
    QTest::addRow("a day above 12 first says day-first")
        << QStringList{"01/02/2026", "13/02/2026"} << QList<DateFormat>{DateFormat::DayMonthYear};
    QTest::addRow("a day above 12 second says month-first")
        << QStringList{"02/13/2026 10:00 AM"} << QList<DateFormat>{DateFormat::MonthDayYear};
    QTest::addRow("days of 12 and under are ambiguous")
        << QStringList{"01/02/2026", "03/04/2026"}
        << QList<DateFormat>{DateFormat::DayMonthYear, DateFormat::MonthDayYear};
    QTest::addRow("year-first values do not decide the order of the others")
        << QStringList{"2026-05-01", "13.02.2026"} << QList<DateFormat>{DateFormat::DayMonthYear};
    QTest::addRow("values that are no dates fit no format") << QStringList{"soon"} << QList<DateFormat>{};
}

void TestImportValues::possibleFormats()
{
    QFETCH(QStringList, values);
    QFETCH(QList<DateFormat>, formats);
    QCOMPARE(DateParser::possibleFormats(values), formats);
}

void TestImportValues::amount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<double>("expected");
    QTest::addColumn<QString>("reason");

    const QString none;
    const auto s = [](const char* text) { return QString::fromUtf8(text); };

    QTest::addRow("dollar sign and thousands comma") << "$1,234.50"
                                                     << "." << 1234.5 << none;
    QTest::addRow("euro after, dot thousands, comma decimal") << s("1.234,50 €") << "," << 1234.5 << none;
    QTest::addRow("currency code and space thousands") << "EUR 1 234"
                                                       << "." << 1234.0 << none;
    QTest::addRow("no-break space thousands") << s("1\u00a0234,5") << "," << 1234.5 << none;
    QTest::addRow("Swiss apostrophe thousands") << "CHF 1'234.50"
                                                << "." << 1234.5 << none;
    QTest::addRow("accounting parentheses are negative") << "(1,234)"
                                                         << "." << -1234.0 << none;
    QTest::addRow("minus sign") << "-12.5"
                                << "." << -12.5 << none;
    QTest::addRow("leading decimal separator") << ",5"
                                               << "," << 0.5 << none;
    QTest::addRow("empty cell is zero") << ""
                                        << "." << 0.0 << none;

    QTest::addRow("comma decimal in a dot file")
        << "1.234,50"
        << "." << 0.0 << s("“1.234,50” does not use “.” as its decimal separator.");
    QTest::addRow("two decimal separators") << "1,5,0"
                                            << "," << 0.0 << s("“1,5,0” does not use “,” as its decimal separator.");
    QTest::addRow("letters between digits") << "12abc34"
                                            << "." << 0.0 << s("“12abc34” is not an amount.");
    QTest::addRow("no digits") << "n/a"
                               << "." << 0.0 << s("“n/a” is not an amount.");
    QTest::addRow("slash after the number") << "12/5"
                                            << "." << 0.0 << s("“12/5” is not an amount.");
}

void TestImportValues::amount()
{
    QFETCH(QString, text);
    QFETCH(QString, decimal);
    QFETCH(double, expected);
    QFETCH(QString, reason);

    const AmountParser parser(decimal.at(0));
    double value = -1;
    QString why;
    QCOMPARE(parser.parse(text, &value, &why), reason.isEmpty());
    QCOMPARE(why, reason);
    if (reason.isEmpty())
        QCOMPARE(value, expected);
}

void TestImportValues::decimalSeparator_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("separator");

    QTest::addRow("cents after a dot") << QStringList{"$1,234.50", "99.9", ""} << ".";
    QTest::addRow("cents after a comma") << QStringList{QString::fromUtf8("1.234,50 €"), "12,5"} << ",";
    QTest::addRow("repeated dots group thousands") << QStringList{"1.234.567"} << ",";
    QTest::addRow("three digits after one separator tell nothing") << QStringList{"1,234", "2,500"} << QString();
    QTest::addRow("no amounts tell nothing") << QStringList{} << QString();
}

void TestImportValues::decimalSeparator()
{
    QFETCH(QStringList, values);
    QFETCH(QString, separator);
    const QChar detected = AmountParser::detectDecimalSeparator(values);
    QCOMPARE(detected.isNull() ? QString() : QString(detected), separator);
}

QTEST_GUILESS_MAIN(TestImportValues)
#include "tst_import_values.moc"
