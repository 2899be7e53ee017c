#include "ImportTestSupport.h"
#include "TestSupport.h"
#include "domain/CrmImport.h"
#include "domain/CrmRecord.h"
#include "import/CrmImporter.h"
#include "import/ImportPresets.h"
#include "storage/CrmRecordWriter.h"
#include "storage/SqlQuery.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace accord;

Q_DECLARE_METATYPE(accord::CrmImporter::Mode)
Q_DECLARE_METATYPE(accord::ImportSummary::Outcome)

namespace {

QString fixture(const QString& name)
{
    return test::dataFile(QStringLiteral("import/crm/") + name);
}

QStringList headerOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file);
    reader.readHeader();
    return reader.header();
}

// The preset for a fixture, in the time zone the fixtures were exported in.
ImportMappingDefinition presetMapping(const QString& file)
{
    ImportMappingDefinition mapping = ImportPresets::match(headerOf(fixture(file))).value_or(ImportMappingDefinition());
    mapping.timeZone = QStringLiteral("Europe/Berlin");
    return mapping;
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

} // namespace

class TestCrmImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void presetMatchesExport_data();
    void presetMatchesExport();
    void importsHubSpotContacts();
    void opportunitiesLinkToTheirLeadsByKey();
    void detectsDateOrderAndDecimalSeparator();
    void ambiguousDatesAskForAFormat();
    void oneBadRow_data();
    void oneBadRow();
    void reimportUpdatesById();
    void cancelRollsBack();
    void largeImportWritesEveryBatch();
    void largeImportCancelledLeavesNothing();
    void mappingMustFitTheHeader();
    void mappingJsonRoundTrips_data();
    void mappingJsonRoundTrips();
    void invalidMappingJson_data();
    void invalidMappingJson();
    void headerSignatureIgnoresSpellingNoise();

private:
    ImportSummary import(const QString& file, CrmImporter::Mode mode = CrmImporter::Mode::AllOrNothing);
    CrmRecord record(CrmRecordKind kind, const QString& externalId);
    int recordCount();
    ImportSummary importMany(int rows, const CsvReader::ProgressHandler& progress = {});

    std::unique_ptr<test::TempWorkspace> m_ws;
};

void TestCrmImporter::init()
{
    m_ws = std::make_unique<test::TempWorkspace>();
    QVERIFY2(m_ws->workspace, qPrintable(m_ws->error));
}

void TestCrmImporter::cleanup()
{
    m_ws.reset();
}

ImportSummary TestCrmImporter::import(const QString& file, CrmImporter::Mode mode)
{
    CrmImporter importer((*m_ws)->database(), presetMapping(file));
    CrmImporter::Options options;
    options.mode = mode;
    return importer.runFile(fixture(file), options);
}

CrmRecord TestCrmImporter::record(CrmRecordKind kind, const QString& externalId)
{
    Filter filter;
    filter.where("kind", enumCode(kind));
    filter.where("external_id", externalId);
    return (*m_ws)->repository<CrmRecord>().list(filter).value(0);
}

int TestCrmImporter::recordCount()
{
    return (*m_ws)->repository<CrmRecord>().count();
}

void TestCrmImporter::presetMatchesExport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<CrmRecordKind>("kind");
    QTest::addColumn<QStringList>("fieldColumns"); // field code, column, field code, column, …

    QTest::addRow("HubSpot contacts are leads")
        << "hubspot_contacts.csv"
        << "hubspot" << CrmRecordKind::Lead << QStringList{"record_id",      "Record ID",
                                                           "created_at",     "Create Date",
                                                           "source",         "Original Source",
                                                           "stage_reached",  "Lifecycle Stage",
                                                           "inquiry_at",     "Became a Lead Date",
                                                           "mql_at",         "Became a Marketing Qualified Lead Date",
                                                           "sql_at",         "Became a Sales Qualified Lead Date",
                                                           "opportunity_at", "Became an Opportunity Date",
                                                           "won_at",         "Became a Customer Date",
                                                           "owner",          "Contact owner",
                                                           "team",           "HubSpot Team",
                                                           "segment",        "Segment"};
    QTest::addRow("HubSpot deals are opportunities linked by contact")
        << "hubspot_deals.csv"
        << "hubspot" << CrmRecordKind::Opportunity
        << QStringList{"record_id",  "Record ID",  "parent_id", "Associated Contact ID",
                       "status",     "Deal Stage", "amount",    "Amount",
                       "close_date", "Close Date", "owner",     "Deal owner"};
    QTest::addRow("Salesforce lead report")
        << "salesforce_leads.csv"
        << "salesforce" << CrmRecordKind::Lead
        << QStringList{"record_id", "Lead ID",    "created_at",    "Created Date", "source",         "Lead Source",
                       "owner",     "Lead Owner", "stage_reached", "Status",       "opportunity_at", "Converted Date"};
    QTest::addRow("Salesforce opportunity report with its lead id")
        << "salesforce_opportunities.csv"
        << "salesforce" << CrmRecordKind::Opportunity
        << QStringList{"record_id", "Opportunity ID", "parent_id", "Lead ID", "status", "Stage",      "is_won",
                       "Won",       "is_closed",      "Closed",    "amount",  "Amount", "close_date", "Close Date"};
}

void TestCrmImporter::presetMatchesExport()
{
    QFETCH(QString, file);
    QFETCH(QString, preset);
    QFETCH(CrmRecordKind, kind);
    QFETCH(QStringList, fieldColumns);

    QString name;
    const std::optional<ImportMappingDefinition> mapping = ImportPresets::match(headerOf(fixture(file)), &name);
    QVERIFY(mapping);
    QCOMPARE(name, preset);
    QCOMPARE(mapping->kind, kind);
    for (qsizetype i = 0; i < fieldColumns.size(); i += 2)
        QCOMPARE(mapping->columns.value(*enumFromCode<ImportField>(fieldColumns[i])), fieldColumns[i + 1]);
}

void TestCrmImporter::importsHubSpotContacts()
{
    const ImportSummary summary = import(QStringLiteral("hubspot_contacts.csv"));
    QVERIFY2(summary.outcome == ImportSummary::Outcome::Imported, qPrintable(summary.error));
    QCOMPARE(summary.rowsRead, 3);
    QCOMPARE(summary.rowsImported, 3);
    QCOMPARE(summary.rowsUpdated, 0);
    QCOMPARE(summary.rowsRejected, 0);
    QVERIFY(summary.problems.isEmpty());
    QCOMPARE(recordCount(), 3);

    const CrmRecord ann = record(CrmRecordKind::Lead, QStringLiteral("101"));
    QCOMPARE(ann.createdAt, utc(2026, 3, 2, 8, 15)); // Berlin is UTC+1 in March before the change
    QCOMPARE(ann.mqlAt, utc(2026, 3, 3, 9));
    QCOMPARE(ann.sqlAt, utc(2026, 3, 5, 13, 30));
    QCOMPARE(ann.opportunityAt, utc(2026, 3, 10, 10));
    QCOMPARE(ann.wonAt, utc(2026, 4, 20, 14)); // and UTC+2 in April
    QCOMPARE(ann.source, QStringLiteral("Organic Search"));
    QCOMPARE(ann.owner, QStringLiteral("Maria Rossi"));
    QCOMPARE(ann.team, QStringLiteral("Sales EMEA"));
    QCOMPARE(ann.segment, QStringLiteral("Mid-market"));
    QCOMPARE(ann.stageReached, QStringLiteral("customer"));
    QCOMPARE(ann.importId, summary.importId);
    QVERIFY(!record(CrmRecordKind::Lead, QStringLiteral("102")).sqlAt.isValid());

    const std::optional<CrmImport> run = (*m_ws)->repository<CrmImport>().find(summary.importId);
    QVERIFY(run);
    QCOMPARE(run->fileName, QStringLiteral("hubspot_contacts.csv"));
    QCOMPARE(run->timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(run->importedBy, QStringLiteral("Test User"));
    QCOMPARE(run->importedAt, m_ws->clock.now());
    QCOMPARE(run->rowsRead, 3);
    QCOMPARE(run->rowsImported, 3);
}

void TestCrmImporter::opportunitiesLinkToTheirLeadsByKey()
{
    QCOMPARE(import(QStringLiteral("hubspot_contacts.csv")).outcome, ImportSummary::Outcome::Imported);
    const ImportSummary deals = import(QStringLiteral("hubspot_deals.csv"));
    QVERIFY2(deals.outcome == ImportSummary::Outcome::Imported, qPrintable(deals.error));
    QCOMPARE(deals.rowsImported, 3);
    QCOMPARE(recordCount(), 6);

    const CrmRecord won = record(CrmRecordKind::Opportunity, QStringLiteral("D-1"));
    QCOMPARE(won.parentExternalId, QStringLiteral("101"));
    QCOMPARE(record(CrmRecordKind::Lead, won.parentExternalId).owner, QStringLiteral("Maria Rossi"));
    QCOMPARE(won.amount, 12500.0);
    QCOMPARE(won.closeDate, QDate(2026, 4, 20));
    QCOMPARE(won.wonAt, utc(2026, 4, 19, 22)); // the close date, in the file's zone
    QVERIFY(!won.lostAt.isValid());
    QCOMPARE(won.opportunityAt, utc(2026, 3, 10, 10));

    const CrmRecord lost = record(CrmRecordKind::Opportunity, QStringLiteral("D-2"));
    QCOMPARE(lost.lostAt, utc(2026, 5, 1, 22));
    QVERIFY(!lost.wonAt.isValid());
    const CrmRecord open = record(CrmRecordKind::Opportunity, QStringLiteral("D-3"));
    QVERIFY(!open.wonAt.isValid() && !open.lostAt.isValid());
    QCOMPARE(open.stageReached, QStringLiteral("Contract Sent"));
}

void TestCrmImporter::detectsDateOrderAndDecimalSeparator()
{
    CrmImporter importer((*m_ws)->database(), presetMapping(QStringLiteral("salesforce_opportunities.csv")));
    const ImportSummary summary = importer.runFile(fixture(QStringLiteral("salesforce_opportunities.csv")), {});
    QVERIFY2(summary.outcome == ImportSummary::Outcome::Imported, qPrintable(summary.error));
    QCOMPARE(importer.mapping().dateFormat, DateFormat::DayMonthYear);
    QCOMPARE(importer.mapping().decimalSeparator, QLatin1Char(','));
    QCOMPARE(importer.mapping().delimiter, QLatin1Char(';'));
    QCOMPARE(importer.mapping().encoding, TextEncoding::Utf8);

    const CrmRecord won = record(CrmRecordKind::Opportunity, QStringLiteral("006001"));
    QCOMPARE(won.parentExternalId, QStringLiteral("00Q001"));
    QCOMPARE(won.amount, 1234.5);
    QCOMPARE(won.createdAt, utc(2026, 3, 20, 9, 30));
    QCOMPARE(won.wonAt, utc(2026, 4, 27, 22));
    QCOMPARE(record(CrmRecordKind::Opportunity, QStringLiteral("006002")).amount, 12000.0);
}

void TestCrmImporter::ambiguousDatesAskForAFormat()
{
    const ImportSummary summary = import(QStringLiteral("ambiguous_dates.csv"));
    QCOMPARE(summary.outcome, ImportSummary::Outcome::Rejected);
    QCOMPARE(summary.problems,
             (QList<ImportProblem>{{1, QString(),
                                    QString::fromUtf8("The dates read both day-first and month-first; choose the "
                                                      "file's date format.")}}));
    QCOMPARE(recordCount(), 0);

    ImportMappingDefinition mapping = presetMapping(QStringLiteral("ambiguous_dates.csv"));
    mapping.dateFormat = DateFormat::MonthDayYear;
    CrmImporter importer((*m_ws)->database(), mapping);
    QCOMPARE(importer.runFile(fixture(QStringLiteral("ambiguous_dates.csv")), {}).outcome,
             ImportSummary::Outcome::Imported);
    QCOMPARE(record(CrmRecordKind::Lead, QStringLiteral("00Q002")).createdAt, utc(2026, 3, 3, 23));
}

void TestCrmImporter::oneBadRow_data()
{
    QTest::addColumn<CrmImporter::Mode>("mode");
    QTest::addColumn<ImportSummary::Outcome>("outcome");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("imported");

    QTest::addRow("all or nothing imports nothing")
        << CrmImporter::Mode::AllOrNothing << ImportSummary::Outcome::Rejected << 0 << 0;
    QTest::addRow("good rows only imports the others")
        << CrmImporter::Mode::GoodRowsOnly << ImportSummary::Outcome::Imported << 2 << 2;
    QTest::addRow("a dry run writes nothing")
        << CrmImporter::Mode::DryRun << ImportSummary::Outcome::Validated << 0 << 0;
}

void TestCrmImporter::oneBadRow()
{
    QFETCH(CrmImporter::Mode, mode);
    QFETCH(ImportSummary::Outcome, outcome);
    QFETCH(int, records);
    QFETCH(int, imported);

    const ImportSummary summary = import(QStringLiteral("hubspot_contacts_one_bad_row.csv"), mode);
    QCOMPARE(summary.outcome, outcome);
    QCOMPARE(summary.rowsRead, 3);
    QCOMPARE(summary.rowsRejected, 1);
    QCOMPARE(summary.rowsImported, imported);
    QCOMPARE(summary.problems,
             (QList<ImportProblem>{
                 {3, QStringLiteral("Create Date"), QString::fromUtf8("“yesterday” is not a date like YYYY-MM-DD.")}}));
    QCOMPARE(recordCount(), records);
    QCOMPARE((*m_ws)->repository<CrmImport>().count(), outcome == ImportSummary::Outcome::Imported ? 1 : 0);
}

void TestCrmImporter::reimportUpdatesById()
{
    const ImportSummary first = import(QStringLiteral("hubspot_contacts.csv"));
    QCOMPARE(first.outcome, ImportSummary::Outcome::Imported);
    const ImportSummary second = import(QStringLiteral("hubspot_contacts_updated.csv"));
    QVERIFY2(second.outcome == ImportSummary::Outcome::Imported, qPrintable(second.error));
    QCOMPARE(second.rowsImported, 0);
    QCOMPARE(second.rowsUpdated, 3);
    QCOMPARE(recordCount(), 3);

    const CrmRecord bo = record(CrmRecordKind::Lead, QStringLiteral("102"));
    QCOMPARE(bo.owner, QStringLiteral("Lena Vogt"));
    QCOMPARE(bo.team, QStringLiteral("Sales DACH"));
    QCOMPARE(bo.stageReached, QStringLiteral("salesqualifiedlead"));
    QCOMPARE(bo.sqlAt, utc(2026, 3, 9, 14));
    QCOMPARE(bo.importId, second.importId);
    QVERIFY(second.importId != first.importId);
    QCOMPARE((*m_ws)->repository<CrmImport>().find(second.importId)->rowsUpdated, 3);
}

void TestCrmImporter::cancelRollsBack()
{
    CrmImporter importer((*m_ws)->database(), presetMapping(QStringLiteral("hubspot_contacts.csv")));
    CrmImporter::Options options;
    int reports = 0;
    options.progress = [&](const ImportProgress& progress) {
        ++reports;
        return progress.rowsRead < 3;
    };
    const ImportSummary summary = importer.runFile(fixture(QStringLiteral("hubspot_contacts.csv")), options);
    QCOMPARE(summary.outcome, ImportSummary::Outcome::Cancelled);
    QCOMPARE(reports, 3);
    QCOMPARE(recordCount(), 0);
    QCOMPARE((*m_ws)->repository<CrmImport>().count(), 0);
    QVERIFY(!(*m_ws)->database().inTransaction());
}

// An export of `rows` contacts whose last row repeats the first one's id with another owner.
ImportSummary TestCrmImporter::importMany(int rows, const CsvReader::ProgressHandler& progress)
{
    QByteArray csv = "Record ID,Create Date,Lifecycle Stage,Contact owner\n";
    for (int i = 1; i < rows; ++i)
        csv += QByteArray::number(i) + ",2026-03-" + QByteArray::number(i % 28 + 1) + " 09:15,lead,Maria Rossi\n";
    csv += "1,2026-03-02 09:15,lead,Tom Becker\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    ImportMappingDefinition mapping =
        ImportPresets::match({"Record ID", "Create Date", "Lifecycle Stage", "Contact owner"})
            .value_or(ImportMappingDefinition());
    CrmImporter importer((*m_ws)->database(), mapping);
    CrmImporter::Options options;
    options.progress = progress;
    return importer.run(&buffer, options);
}

void TestCrmImporter::largeImportWritesEveryBatch()
{
    // Many full batches, and a last one the writer writes only when finishing.
    const int rows = 300 * CrmRecordWriter::BatchRows + 7;
    const ImportSummary summary = importMany(rows);
    QVERIFY2(summary.outcome == ImportSummary::Outcome::Imported, qPrintable(summary.error));
    QCOMPARE(summary.rowsRead, rows);
    QCOMPARE(summary.rowsImported, rows - 1);
    QCOMPARE(summary.rowsUpdated, 1);
    QCOMPARE(recordCount(), rows - 1);
    QCOMPARE(record(CrmRecordKind::Lead, QStringLiteral("1")).owner, QStringLiteral("Tom Becker"));
    QCOMPARE(record(CrmRecordKind::Lead, QString::number(rows - 1)).createdAt,
             utc(2026, 3, (rows - 1) % 28 + 1, 9, 15));
}

void TestCrmImporter::largeImportCancelledLeavesNothing()
{
    const int rows = 600 * CrmRecordWriter::BatchRows;
    const ImportSummary summary =
        importMany(rows, [rows](const ImportProgress& progress) { return progress.rowsRead < rows - 10; });
    QCOMPARE(summary.outcome, ImportSummary::Outcome::Cancelled);
    QCOMPARE(recordCount(), 0);
    QCOMPARE((*m_ws)->repository<CrmImport>().count(), 0);
    QVERIFY(!(*m_ws)->database().inTransaction());
}

void TestCrmImporter::mappingMustFitTheHeader()
{
    ImportMappingDefinition mapping = presetMapping(QStringLiteral("hubspot_contacts.csv"));
    mapping.columns.insert(ImportField::RejectReason, QStringLiteral("Why Not"));
    mapping.timeZone = QStringLiteral("Mars/Olympus");
    CrmImporter importer((*m_ws)->database(), mapping);
    const ImportSummary summary = importer.runFile(fixture(QStringLiteral("hubspot_contacts.csv")), {});
    QCOMPARE(summary.outcome, ImportSummary::Outcome::Rejected);
    QCOMPARE(
        summary.problems,
        (QList<ImportProblem>{{1, QStringLiteral("Why Not"), QString::fromUtf8("The file has no column “Why Not”.")},
                              {1, QString(), QString::fromUtf8("“Mars/Olympus” is not a known time zone.")}}));
    QCOMPARE(recordCount(), 0);
}

void TestCrmImporter::mappingJsonRoundTrips_data()
{
    QTest::addColumn<ImportMappingDefinition>("mapping");

    ImportMappingDefinition everything;
    everything.kind = CrmRecordKind::Opportunity;
    everything.encoding = TextEncoding::Windows1252;
    everything.delimiter = QLatin1Char('\t');
    everything.dateFormat = DateFormat::MonthDayYear;
    everything.decimalSeparator = QLatin1Char(',');
    everything.timeZone = QStringLiteral("America/New_York");
    everything.columns = {{ImportField::RecordId, QStringLiteral("Deal #")},
                          {ImportField::ParentId, QStringLiteral("Lead key")},
                          {ImportField::Status, QStringLiteral("Outcome")},
                          {ImportField::Amount, QStringLiteral("Value (€)")}};
    everything.wonValues = {QStringLiteral("gewonnen")};
    everything.lostValues = {QStringLiteral("verloren"), QStringLiteral("abgesagt")};

    QTest::addRow("every setting") << everything;
    QTest::addRow("detected settings stay open") << ImportMappingDefinition();
    QTest::addRow("HubSpot preset") << presetMapping(QStringLiteral("hubspot_contacts.csv"));
}

void TestCrmImporter::mappingJsonRoundTrips()
{
    QFETCH(ImportMappingDefinition, mapping);
    QString error;
    const std::optional<ImportMappingDefinition> read =
        ImportMappingDefinition::fromJsonText(mapping.toJsonText(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->toJsonText(), mapping.toJsonText());
    QVERIFY(*read == mapping);
}

void TestCrmImporter::invalidMappingJson_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");

    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    QTest::addRow("unknown field") << R"({"columns": {"favourite_colour": "Colour"}})"
                                   << s("“favourite_colour” is not a field of a record.");
    QTest::addRow("unknown kind") << R"({"kind": "prospect"})" << s("“prospect” is not a valid kind.");
    QTest::addRow("delimiter of two characters")
        << R"({"delimiter": ";;"})" << s("“delimiter” must be one character, not “;;”.");
    QTest::addRow("a newer format") << R"({"format": 2})"
                                    << s("The mapping is in format 2; this version of Accord reads format 1.");
    QTest::addRow("not JSON") << "columns: none" << s("The mapping is not valid JSON: illegal value");
}

void TestCrmImporter::invalidMappingJson()
{
    QFETCH(QString, json);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!ImportMappingDefinition::fromJsonText(json, &why));
    QCOMPARE(why, error);
}

void TestCrmImporter::headerSignatureIgnoresSpellingNoise()
{
    const QStringList odd = headerOf(test::dataFile(QStringLiteral("import/csv/odd_header.csv")));
    QCOMPARE(ImportMappingDefinition::headerSignature(odd), QStringLiteral("record id|create date|lead source"));
    QCOMPARE(ImportMappingDefinition::headerSignature(odd),
             ImportMappingDefinition::headerSignature({"Record ID", "Create-Date", "Lead Source"}));
    QVERIFY(ImportMappingDefinition::headerSignature(odd) !=
            ImportMappingDefinition::headerSignature({"Lead Source", "Record ID", "Create Date"}));
}

QTEST_GUILESS_MAIN(TestCrmImporter)
#include "tst_crm_importer.moc"
