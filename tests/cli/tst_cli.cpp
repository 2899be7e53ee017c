#include "HeadlessRun.h"
#include "TestSupport.h"
#include "storage/Migrations.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

using namespace accord;
using Run = accord::test::HeadlessRun;

namespace {

Run runAccord(const QStringList& arguments)
{
    return Run::of(QStringLiteral(ACCORD_EXECUTABLE), arguments, 120000);
}

// Marks a workspace as saved in another format, as an older or a newer Accord would have left it.
bool setFormat(const QString& file, int version)
{
    bool set = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("format"));
        db.setDatabaseName(file);
        set = db.open() && QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("format"));
    return set;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void initAndCheck();
    void checkRejectsBadFiles_data();
    void checkRejectsBadFiles();
    void upgradeOlderFormat();
    void casesAsJson();
    void casesAsCsv();
    void catalogAsJson();
    void glossary_data();
    void glossary();
    void scorecard();
    void importFiles();
    void matrixImage_data();
    void matrixImage();
    void importRefusesBadFiles_data();
    void importRefusesBadFiles();
    void usageErrors_data();
    void usageErrors();
    void englishCounts_data();
    void englishCounts();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.accord"));
    const Run run = runAccord({QStringLiteral("init"), m_demo, QStringLiteral("--demo")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("demo.accord")));
}

void TestCli::versionAndHelp()
{
    const Run version = runAccord({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("Accord ")));

    const Run help = runAccord({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* command : {"init FILE", "check FILE", "cases FILE", "catalog FILE"})
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    // Synopses are UTF-8 source text: the ellipsis must not come out as Latin-1 mojibake.
    QVERIFY2(help.out.contains(QStringLiteral("--cases ID,ID…|--stage STEP")), qPrintable(help.out));

    const Run subcommandHelp = runAccord({QStringLiteral("cases"), QStringLiteral("--help")});
    QCOMPARE(subcommandHelp.exitCode, 0);
    QVERIFY(subcommandHelp.out.contains(QStringLiteral("--format")));
}

void TestCli::initAndCheck()
{
    const QString file = m_dir.filePath(QStringLiteral("plain.accord"));
    QCOMPARE(runAccord({QStringLiteral("init"), file}).exitCode, 0);
    const Run check = runAccord({QStringLiteral("check"), file});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.contains(QStringLiteral("healthy")));

    const Run again = runAccord({QStringLiteral("init"), file});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("already exists")));
}

void TestCli::checkRejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::addRow("text file") << QByteArray("id,title\n1,Leads\n") << QStringLiteral("not a SQLite database");
    QTest::addRow("empty file") << QByteArray() << QStringLiteral("not a SQLite database");
    QTest::addRow("newer format") << QByteArray("newer") << QStringLiteral("newer version of Accord");
    QTest::addRow("missing file") << QByteArray("missing") << QStringLiteral("does not exist");
}

void TestCli::checkRejectsBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString file =
        m_dir.filePath(QStringLiteral("bad-%1.accord").arg(QTest::currentDataTag()).replace(u' ', u'-'));
    if (content == "newer") {
        QCOMPARE(runAccord({QStringLiteral("init"), file}).exitCode, 0);
        QVERIFY(setFormat(file, Migrations::currentVersion() + 1));
    } else if (content != "missing") {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    const QByteArray before = test::fileBytes(file);
    const Run check = runAccord({QStringLiteral("check"), file});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains(expected), qPrintable(check.err));
    QVERIFY2(check.err.contains(QFileInfo(file).fileName()), "the message names the file");
    QCOMPARE(test::fileBytes(file), before);
}

// A command that only reads cannot upgrade an older workspace; it says how to, and `accord upgrade` does, once.
void TestCli::upgradeOlderFormat()
{
    const QString file = m_dir.filePath(QStringLiteral("older.accord"));
    QCOMPARE(runAccord({QStringLiteral("init"), file, QStringLiteral("--demo")}).exitCode, 0);
    const int older = Migrations::currentVersion() - 1;
    QVERIFY(setFormat(file, older));
    const QByteArray before = test::fileBytes(file);

    const Run reading = runAccord({QStringLiteral("cases"), file});
    QCOMPARE(reading.exitCode, 1);
    QVERIFY2(reading.err.contains(QStringLiteral("older format")), qPrintable(reading.err));
    QVERIFY2(reading.err.contains(QStringLiteral("accord upgrade")), qPrintable(reading.err));
    QCOMPARE(test::fileBytes(file), before);

    const Run upgrade = runAccord({QStringLiteral("upgrade"), file});
    QVERIFY2(upgrade.exitCode == 0, qPrintable(upgrade.err));
    const QString backup = file + QStringLiteral(".format%1.bak").arg(older);
    QVERIFY2(upgrade.out.contains(QStringLiteral("from format %1 to format %2").arg(older).arg(older + 1)),
             qPrintable(upgrade.out));
    QVERIFY2(upgrade.out.contains(QFileInfo(backup).fileName()), qPrintable(upgrade.out));
    QCOMPARE(test::fileBytes(backup), before);
    QCOMPARE(runAccord({QStringLiteral("cases"), file}).exitCode, 0);

    const Run again = runAccord({QStringLiteral("upgrade"), file});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("nothing to upgrade")), qPrintable(again.out));
}

void TestCli::casesAsJson()
{
    const Run run = runAccord({QStringLiteral("cases"), m_demo, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError parseError;
    const QJsonArray cases = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).array();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(cases.size() >= 12);
    bool someOwner = false;
    for (const QJsonValue& value : cases) {
        const QJsonObject c = value.toObject();
        for (const char* key : {"id", "title", "stage", "friction_type", "teams", "severity", "decision_owner"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        QVERIFY(c.value(QStringLiteral("id")).toInteger() > 0);
        QVERIFY(!c.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(c.value(QStringLiteral("teams")).toArray().size() >= 2);
        QVERIFY(c.value(QStringLiteral("archived")).toBool() == false);
        someOwner = someOwner || !c.value(QStringLiteral("decision_owner")).toString().isEmpty();
    }
    QVERIFY(someOwner);

    const Run withArchived = runAccord({QStringLiteral("cases"), m_demo, QStringLiteral("--archived")});
    QCOMPARE(withArchived.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(withArchived.out.toUtf8()).array().size() > cases.size());
}

void TestCli::casesAsCsv()
{
    const Run json = runAccord({QStringLiteral("cases"), m_demo});
    const Run csv = runAccord({QStringLiteral("cases"), m_demo, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QStringLiteral("id,title,stage,status,friction_type,teams,severity")));
    const QJsonArray cases = QJsonDocument::fromJson(json.out.toUtf8()).array();
    // Titles hold no line breaks, so every case is one line after the header.
    QCOMPARE(lines.size(), cases.size() + 1);
    QVERIFY(lines.at(1).startsWith(QString::number(cases.first().toObject().value(QStringLiteral("id")).toInteger()) +
                                   QLatin1Char(',')));
}

void TestCli::catalogAsJson()
{
    const Run run = runAccord({QStringLiteral("catalog"), m_demo, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject catalog = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(catalog.value(QStringLiteral("teams")).toArray().size(), 7);
    QCOMPARE(catalog.value(QStringLiteral("friction_types")).toArray().size(), 7);
    QCOMPARE(catalog.value(QStringLiteral("conflict_patterns")).toArray().size(), 6);
    QCOMPARE(catalog.value(QStringLiteral("root_cause_categories")).toArray().size(), 9);
    QCOMPARE(catalog.value(QStringLiteral("data_trust_signals")).toArray().size(), 4);
    QCOMPARE(catalog.value(QStringLiteral("shared_outcomes")).toArray().size(), 7);
    QCOMPARE(catalog.value(QStringLiteral("funnel_stages")).toArray().size(), 6);
    QCOMPARE(catalog.value(QStringLiteral("operating_rhythms")).toArray().size(), 3);
    QCOMPARE(catalog.value(QStringLiteral("alignment_areas")).toArray().size(), 8);
    const int reasons = catalog.value(QStringLiteral("reject_reasons")).toArray().size();
    QVERIFY(reasons >= 6 && reasons <= 8);
    for (const QJsonValue& type : catalog.value(QStringLiteral("friction_types")).toArray())
        QVERIFY(!type.toObject().value(QStringLiteral("kpi")).toString().isEmpty());
}

void TestCli::glossary_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::addRow("markdown") << QStringLiteral("md") << QStringLiteral("# Metric glossary");
    QTest::addRow("csv") << QStringLiteral("csv")
                         << QStringLiteral("code,name,definition,formula,unit,direction,target,amber_threshold");
    QTest::addRow("json") << QStringLiteral("json") << QStringLiteral("\"versions\"");
}

void TestCli::glossary()
{
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const Run run = runAccord({QStringLiteral("glossary"), m_demo, QStringLiteral("--format"), format});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(expected), qPrintable(run.out.left(300)));
    const Run catalog = runAccord({QStringLiteral("catalog"), m_demo});
    const int metrics =
        QJsonDocument::fromJson(catalog.out.toUtf8()).object().value(QStringLiteral("metrics")).toArray().size();
    QVERIFY(metrics >= 20);
    if (format == QLatin1String("json")) {
        const QJsonArray entries = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(entries.size(), metrics);
        for (const QJsonValue& e : entries)
            QVERIFY(!e.toObject().value(QStringLiteral("versions")).toArray().isEmpty());
    } else if (format == QLatin1String("csv")) {
        QCOMPARE(run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), metrics + 1);
    } else {
        QCOMPARE(run.out.count(QStringLiteral("\n## ")), metrics);
    }
}

void TestCli::scorecard()
{
    const Run json =
        runAccord({QStringLiteral("scorecard"), m_demo, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QVERIFY(rows.size() >= 20);
    bool computedWithRecords = false;
    for (const QJsonValue& row : rows)
        for (const QJsonValue& cell : row.toObject().value(QStringLiteral("periods")).toArray())
            computedWithRecords = computedWithRecords || cell.toObject().value(QStringLiteral("records")).toInt() > 0;
    QVERIFY(computedWithRecords);

    const Run csv = runAccord({QStringLiteral("scorecard"), m_demo, QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--period"), QStringLiteral("quarter"), QStringLiteral("--by"),
                               QStringLiteral("segment")});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QStringLiteral("metric,name,unit,group,period,value,records")));
    QVERIFY(lines.size() > 10);
    for (const QString& line : lines.mid(1)) {
        QVERIFY2(line.contains(QStringLiteral("-Q")), qPrintable(line));
        QVERIFY2(!line.split(QLatin1Char(',')).at(3).isEmpty(), "every line of a breakdown names its group");
    }
}

void TestCli::importFiles()
{
    const QString file = m_dir.filePath(QStringLiteral("import.accord"));
    QCOMPARE(runAccord({QStringLiteral("init"), file}).exitCode, 0);
    const QString contacts = test::dataFile(QStringLiteral("import/crm/hubspot_contacts.csv"));
    const QString deals = test::dataFile(QStringLiteral("import/crm/hubspot_deals.csv"));

    const Run dry = runAccord({QStringLiteral("import"), file, contacts, QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
    QVERIFY(dry.out.contains(QStringLiteral("nothing written")));

    const Run first = runAccord(
        {QStringLiteral("import"), file, contacts, deals, QStringLiteral("--mapping"), QStringLiteral("hubspot")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QVERIFY(first.out.contains(QStringLiteral("Rows read 3, imported 3, updated 0, rejected 0")));
    QCOMPARE(first.out.count(QStringLiteral("the hubspot preset")), 2);

    // The same header again: the mapping saved by the first import is offered, and records update by id.
    const Run again = runAccord(
        {QStringLiteral("import"), file, test::dataFile(QStringLiteral("import/crm/hubspot_contacts_updated.csv"))});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(QStringLiteral("saved mapping")), qPrintable(again.out));
    QVERIFY2(again.out.contains(QStringLiteral("imported 0, updated 3")), qPrintable(again.out));
}

void TestCli::matrixImage_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QSize>("size");
    QTest::addRow("heat map, full HD") << QStringLiteral("heatmap") << QSize(1920, 1080);
    QTest::addRow("friction types, 720p") << QStringLiteral("types") << QSize(1280, 720);
    QTest::addRow("patterns, 720p") << QStringLiteral("patterns") << QSize(1280, 720);
}

void TestCli::matrixImage()
{
    QFETCH(QString, view);
    QFETCH(QSize, size);
    const QString out = m_dir.filePath(view + QStringLiteral(".png"));
    const Run run =
        runAccord({QStringLiteral("matrix"), m_demo, QStringLiteral("--out"), out, QStringLiteral("--view"), view,
                   QStringLiteral("--size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height())});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList written = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!written.isEmpty());
    QCOMPARE(written.first(), out);
    for (const QString& path : written) {
        const QImage image(path);
        QCOMPARE(image.size(), size);
        // Something was painted: text and lines give more than a couple of colours.
        QSet<QRgb> colours;
        for (int y = 0; y < size.height(); y += 7)
            for (int x = 0; x < size.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 4, qPrintable(path));
    }
}

void TestCli::importRefusesBadFiles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addRow("one bad row: all or nothing")
        << QStringList{test::dataFile(QStringLiteral("import/crm/hubspot_contacts_one_bad_row.csv"))}
        << QStringLiteral("not imported");
    QTest::addRow("unknown mapping") << QStringList{test::dataFile(QStringLiteral("import/crm/hubspot_contacts.csv")),
                                                    QStringLiteral("--mapping"), QStringLiteral("pipedrive")}
                                     << QStringLiteral("no saved mapping, preset or mapping file");
    QTest::addRow("missing file") << QStringList{m_dir.filePath(QStringLiteral("nope.csv"))}
                                  << QStringLiteral("cannot be read");
}

void TestCli::importRefusesBadFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QString file = m_dir.filePath(QStringLiteral("refuse.accord"));
    if (!QFileInfo::exists(file))
        QCOMPARE(runAccord({QStringLiteral("init"), file}).exitCode, 0);
    const Run run = runAccord(QStringList{QStringLiteral("import"), file} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2((run.out + run.err).contains(expected), qPrintable(run.out + run.err));
    const Run scorecard = runAccord({QStringLiteral("scorecard"), file, QStringLiteral("--format"),
                                     QStringLiteral("csv"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                     QStringLiteral("--to"), QStringLiteral("2026-03-31")});
    for (const QString& line : scorecard.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1))
        QVERIFY2(line.split(QLatin1Char(',')).at(6) == QLatin1String("0"), "nothing was written");
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("unknown format") << QStringList{QStringLiteral("cases"), QStringLiteral("@DEMO@"),
                                                   QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::addRow("no file") << QStringList{QStringLiteral("check")};
    QTest::addRow("two files") << QStringList{QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::addRow("unknown period") << QStringList{QStringLiteral("scorecard"), QStringLiteral("@DEMO@"),
                                                   QStringLiteral("--period"), QStringLiteral("week")};
    QTest::addRow("bad date") << QStringList{QStringLiteral("scorecard"), QStringLiteral("@DEMO@"),
                                             QStringLiteral("--from"), QStringLiteral("May")};
    QTest::addRow("matrix without --out") << QStringList{QStringLiteral("matrix"), QStringLiteral("@DEMO@")};
    QTest::addRow("matrix with a bad size")
        << QStringList{QStringLiteral("matrix"), QStringLiteral("@DEMO@"), QStringLiteral("--out"),
                       QStringLiteral("x.png"),  QStringLiteral("--size"), QStringLiteral("huge")};
    QTest::addRow("unknown option") << QStringList{QStringLiteral("cases"), QStringLiteral("@DEMO@"),
                                                   QStringLiteral("--colour")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(QStringLiteral("@DEMO@"), m_demo);
    const Run run = runAccord(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
}

void TestCli::englishCounts_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::addRow("one decision") << "accord::DecisionLogView"
                                  << "%1 of %n decision(s)" << 1 << "%1 of 1 decision";
    QTest::addRow("three decisions") << "accord::DecisionLogView"
                                     << "%1 of %n decision(s)" << 3 << "%1 of 3 decisions";
    QTest::addRow("one open case") << "accord::HeatMapView"
                                   << "%1 and %2: %n open case(s)" << 1 << "%1 and %2: 1 open case";
    QTest::addRow("one survey answer") << "accord::AnswerCommands"
                                       << "Computed from %n survey answer(s)" << 1 << "Computed from 1 survey answer";
    QTest::addRow("no records") << "accord::LineageDialog"
                                << "%n record(s) counted." << 0 << "0 records counted.";
}

// The English catalogue next to the executable (the one embedded in it) spells out counts in both forms.
void TestCli::englishCounts()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTranslator english;
    QVERIFY(english.load(QFileInfo(QStringLiteral(ACCORD_EXECUTABLE)).dir().filePath(QStringLiteral("accord_en.qm"))));
    // QCoreApplication::translate puts in the count; the catalogue holds the form with %n.
    QString text = english.translate(qPrintable(context), qPrintable(source), nullptr, count);
    QCOMPARE(text.replace(QStringLiteral("%n"), QString::number(count)), expected);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
