#include "storage/CrmRecordWriter.h"
#include "storage/SqlValue.h"

#include <QTest>
#include <QTimeZone>

using namespace accord;

// The stored form of times: SqlValue::utcText, which every repository writes, and the import's byte-level
// writer of the same text, which must never tell a different time.
class TestSqlValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utcText_data();
    void utcText();
    void importWritesTheSameText_data() { utcText_data(); }
    void importWritesTheSameText();
};

void TestSqlValue::utcText_data()
{
    QTest::addColumn<QDateTime>("value");
    QTest::addColumn<QString>("expected");
    const QTimeZone berlin("Europe/Berlin");
    const QTimeZone newYork("America/New_York");

    QTest::addRow("UTC") << QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC) << "2026-05-01T09:30:00.000Z";
    QTest::addRow("milliseconds") << QDateTime(QDate(2026, 5, 1), QTime(9, 30, 7, 45), Qt::UTC)
                                  << "2026-05-01T09:30:07.045Z";
    QTest::addRow("the epoch") << QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC) << "1970-01-01T00:00:00.000Z";
    QTest::addRow("just before the epoch")
        << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC) << "1969-12-31T23:59:59.999Z";
    QTest::addRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC) << "2024-02-29T12:00:00.000Z";
    QTest::addRow("century not leap") << QDateTime(QDate(2100, 3, 1), QTime(0, 0), Qt::UTC)
                                      << "2100-03-01T00:00:00.000Z";
    QTest::addRow("end of year") << QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59), Qt::UTC)
                                 << "2025-12-31T23:59:59.000Z";
    QTest::addRow("offset east, previous day")
        << QDateTime(QDate(2026, 1, 1), QTime(1, 0), Qt::OffsetFromUTC, 2 * 3600) << "2025-12-31T23:00:00.000Z";
    QTest::addRow("offset west, next day")
        << QDateTime(QDate(2026, 2, 28), QTime(22, 15), Qt::OffsetFromUTC, -5 * 3600) << "2026-03-01T03:15:00.000Z";
    QTest::addRow("Berlin in summer") << QDateTime(QDate(2026, 7, 1), QTime(10, 0), berlin)
                                      << "2026-07-01T08:00:00.000Z";
    QTest::addRow("Berlin in winter") << QDateTime(QDate(2026, 1, 15), QTime(10, 0), berlin)
                                      << "2026-01-15T09:00:00.000Z";
    QTest::addRow("New York, the night clocks go back")
        << QDateTime(QDate(2026, 11, 1), QTime(0, 30), newYork) << "2026-11-01T04:30:00.000Z";
    QTest::addRow("first four-digit year")
        << QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC) << "1000-01-01T00:00:00.000Z";
    QTest::addRow("last four-digit year")
        << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC) << "9999-12-31T23:59:59.999Z";
    QTest::addRow("three-digit year, as Qt writes it")
        << QDateTime(QDate(999, 12, 31), QTime(8, 0), Qt::UTC) << "0999-12-31T08:00:00.000Z";
}

void TestSqlValue::utcText()
{
    QFETCH(QDateTime, value);
    QFETCH(QString, expected);
    QCOMPARE(SqlValue::utcText(value), expected);
    // What is stored reads back as the same instant.
    QCOMPARE(SqlValue::fromSql<QDateTime>(SqlValue::toSql(value)), value.toUTC());
}

void TestSqlValue::importWritesTheSameText()
{
    QFETCH(QDateTime, value);
    QFETCH(QString, expected);
    char buffer[CrmRecordWriter::MaxTimeBytes];
    const char* end = CrmRecordWriter::writeUtcTime(value, buffer);
    QVERIFY(end - buffer <= CrmRecordWriter::MaxTimeBytes);
    QCOMPARE(QString::fromUtf8(buffer, end - buffer), expected);
}

QTEST_GUILESS_MAIN(TestSqlValue)
#include "tst_sql_value.moc"
