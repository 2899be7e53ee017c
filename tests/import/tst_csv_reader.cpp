#include "ImportTestSupport.h"
#include "TestSupport.h"
#include "import/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace accord;

Q_DECLARE_METATYPE(QList<QStringList>)

namespace {

QString reason(const char* text)
{
    return QString::fromUtf8(text);
}

QString fixture(const char* name)
{
    return test::dataFile(QStringLiteral("import/csv/") + QLatin1StringView(name));
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data();
    void read();
    void sniffDelimiter_data();
    void sniffDelimiter();
    void progressReachesTheWholeFile();
    void cancelFromTheProgressHandlerStops();
    void recordsSpanningReadBuffers();
};

void TestCsvReader::read_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TextEncoding>("chosenEncoding");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QList<ImportProblem>>("problems");

    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    const TextEncoding automatic = TextEncoding::Auto;

    QTest::addRow("quoted field keeps its comma and line break")
        << fixture("quoted_newline.csv") << automatic << TextEncoding::Utf8 << "," << QStringList{"id", "name", "note"}
        << QList<QStringList>{{"1", "Smith, Jane", "first line\nsecond line"}, {"2", "Bob", "plain"}}
        << QList<int>{2, 4} << QList<ImportProblem>{};
    QTest::addRow("doubled quotes read as one quote")
        << fixture("doubled_quotes.csv") << automatic << TextEncoding::Utf8 << "," << QStringList{"id", "quote"}
        << QList<QStringList>{{"1", "She said \"hi\""}, {"2", "\"quoted\" start"}} << QList<int>{2, 3}
        << QList<ImportProblem>{};
    QTest::addRow("semicolon is sniffed")
        << fixture("semicolon.csv") << automatic << TextEncoding::Utf8 << ";" << QStringList{"id", "amount", "city"}
        << QList<QStringList>{{"1", "1.234,50", s("Köln")}, {"2", "7;5", "Bonn"}} << QList<int>{2, 3}
        << QList<ImportProblem>{};
    QTest::addRow("tab is sniffed") << fixture("tab.tsv") << automatic << TextEncoding::Utf8 << "\t"
                                    << QStringList{"id", "name", "source"}
                                    << QList<QStringList>{{"1", "Ann Lee", "Web, paid"}, {"2", "Bo", "Events"}}
                                    << QList<int>{2, 3} << QList<ImportProblem>{};
    QTest::addRow("UTF-8 byte-order mark is not part of the first name")
        << fixture("bom_utf8.csv") << automatic << TextEncoding::Utf8 << "," << QStringList{"Name", "City"}
        << QList<QStringList>{{s("José"), s("Zürich")}} << QList<int>{2} << QList<ImportProblem>{};
    QTest::addRow("UTF-16LE is told by its byte-order mark")
        << fixture("utf16le_bom.csv") << automatic << TextEncoding::Utf16LE << "\t" << QStringList{"Name", "City"}
        << QList<QStringList>{{s("José"), s("Zürich")}} << QList<int>{2} << QList<ImportProblem>{};
    QTest::addRow("Windows-1252 is detected by invalid UTF-8")
        << fixture("windows1252.csv") << automatic << TextEncoding::Windows1252 << ";" << QStringList{"Name", "Amount"}
        << QList<QStringList>{{s("Café"), s("12 €")}} << QList<int>{2} << QList<ImportProblem>{};
    QTest::addRow("Windows-1252 chosen") << fixture("windows1252.csv") << TextEncoding::Windows1252
                                         << TextEncoding::Windows1252 << ";" << QStringList{"Name", "Amount"}
                                         << QList<QStringList>{{s("Café"), s("12 €")}} << QList<int>{2}
                                         << QList<ImportProblem>{};
    QTest::addRow("CRLF line ends, also inside quotes")
        << fixture("crlf.csv") << automatic << TextEncoding::Utf8 << "," << QStringList{"id", "name"}
        << QList<QStringList>{{"1", "Ann"}, {"2", "Bo\nB"}, {"3", "Cy"}} << QList<int>{2, 3, 5}
        << QList<ImportProblem>{};
    QTest::addRow("header names are trimmed and keep their spelling")
        << fixture("odd_header.csv") << automatic << TextEncoding::Utf8 << ","
        << QStringList{"Record   ID", "CREATE_DATE", "lead  source"} << QList<QStringList>{{"1", "2026-05-01", "Web"}}
        << QList<int>{2} << QList<ImportProblem>{};
    QTest::addRow("blank and delimiter-only lines are no records")
        << fixture("blank_lines.csv") << automatic << TextEncoding::Utf8 << "," << QStringList{"id", "name"}
        << QList<QStringList>{{"1", "Ann"}, {"2", "Bo"}} << QList<int>{2, 5} << QList<ImportProblem>{};

    QTest::addRow("unbalanced quote at the end of the file")
        << fixture("unbalanced_quote.csv") << automatic << TextEncoding::Utf8 << "," << QStringList{"id", "name"}
        << QList<QStringList>{{"1", "Ann"}} << QList<int>{2}
        << QList<ImportProblem>{{3, "name", reason("A quoted field is not closed before the end of the file.")}};
    QTest::addRow("ragged rows are reported and skipped")
        << fixture("ragged.csv") << automatic << TextEncoding::Utf8 << "," << QStringList{"id", "name", "source"}
        << QList<QStringList>{{"1", "Ann", "Web"}, {"4", "Di", "Partner"}} << QList<int>{2, 5}
        << QList<ImportProblem>{{3, "source", reason("The row has 2 fields; the header has 3.")},
                                {4, QString(), reason("The row has 4 fields; the header has 3.")}};
    QTest::addRow("empty file") << fixture("empty.csv") << automatic << TextEncoding::Utf8 << "," << QStringList{}
                                << QList<QStringList>{} << QList<int>{}
                                << QList<ImportProblem>{{1, QString(), reason("The file is empty.")}};
    QTest::addRow("header without rows") << fixture("header_only.csv") << automatic << TextEncoding::Utf8 << ","
                                         << QStringList{"id", "name"} << QList<QStringList>{} << QList<int>{}
                                         << QList<ImportProblem>{
                                                {1, QString(), reason("The file has a header but no rows.")}};
}

void TestCsvReader::read()
{
    QFETCH(QString, file);
    QFETCH(TextEncoding, chosenEncoding);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);
    QFETCH(QList<ImportProblem>, problems);

    QFile device(file);
    QVERIFY2(device.open(QIODevice::ReadOnly), qPrintable(file));
    CsvReader reader(&device, chosenEncoding);
    QList<QStringList> readRows;
    QList<int> readLines;
    if (reader.readHeader()) {
        while (reader.next()) {
            readRows << reader.row();
            readLines << reader.line();
        }
    }
    QCOMPARE(reader.encoding(), encoding);
    QCOMPARE(QString(reader.delimiter()), delimiter);
    QCOMPARE(reader.header(), header);
    QCOMPARE(readRows, rows);
    QCOMPARE(readLines, lines);
    QCOMPARE(reader.problems(), problems);
}

void TestCsvReader::sniffDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::addRow("comma") << "a,b,c\n1,2,3"
                           << ",";
    QTest::addRow("semicolon beats commas inside quotes") << "\"a,b,c\";d;e\n"
                                                          << ";";
    QTest::addRow("tab") << "a\tb;c\tx"
                         << "\t";
    QTest::addRow("only the first line counts") << "a;b\n1,2,3,4"
                                                << ";";
    QTest::addRow("one column reads as comma-separated") << "name\nAnn"
                                                         << ",";
}

void TestCsvReader::sniffDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QCOMPARE(QString(CsvReader::sniffDelimiter(text)), delimiter);
}

void TestCsvReader::progressReachesTheWholeFile()
{
    QFile device(fixture("ragged.csv"));
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device);
    QList<ImportProgress> reports;
    reader.setProgressHandler([&](const ImportProgress& progress) {
        reports << progress;
        return true;
    });
    QVERIFY(reader.readHeader());
    while (reader.next()) {
    }
    QCOMPARE(reader.state(), CsvReader::State::End);
    QCOMPARE(reports.size(), 4);
    QCOMPARE(reports.last().rowsRead, 4);
    QCOMPARE(reports.last().bytesRead, device.size());
    QCOMPARE(reports.last().totalBytes, device.size());
}

void TestCsvReader::cancelFromTheProgressHandlerStops()
{
    QFile device(fixture("ragged.csv"));
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device);
    reader.setProgressHandler([](const ImportProgress& progress) { return progress.rowsRead < 2; });
    QVERIFY(reader.readHeader());
    int delivered = 0;
    while (reader.next())
        ++delivered;
    QCOMPARE(reader.state(), CsvReader::State::Cancelled);
    QCOMPARE(delivered, 1);
    QCOMPARE(reader.rowsRead(), 2);
    QVERIFY(!reader.next());
}

void TestCsvReader::recordsSpanningReadBuffers()
{
    // Far more than one read buffer, so that quotes, doubled quotes, line breaks and two-byte characters all fall
    // on a buffer boundary somewhere.
    constexpr int Rows = 20000;
    QByteArray data("id,note\r\n");
    for (int i = 0; i < Rows; ++i)
        data += QByteArray::number(i) + ",\"caf\xc3\xa9 \"\"" + QByteArray::number(i) + "\"\"\r\nnext, line\"\r\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader());
    int read = 0;
    while (reader.next()) {
        const QString expected = QString::fromUtf8("café \"%1\"\nnext, line").arg(read);
        if (reader.row().value(1) != expected || reader.line() != 2 + 2 * read)
            QFAIL(qPrintable(
                QStringLiteral("row %1 on line %2 reads %3").arg(read).arg(reader.line()).arg(reader.row().value(1))));
        ++read;
    }
    QCOMPARE(read, Rows);
    QVERIFY(reader.problems().isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
