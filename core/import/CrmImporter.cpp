#include "CrmImporter.h"

#include "AmountParser.h"
#include "CrmRowConverter.h"
#include "DateParser.h"
#include "domain/CrmImport.h"
#include "domain/CrmRecord.h"
#include "storage/CrmRecordWriter.h"
#include "storage/Repository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <optional>

namespace accord {
namespace {

void fail(ImportSummary* summary, const QString& error)
{
    summary->outcome = ImportSummary::Outcome::Failed;
    summary->error = error;
}

} // namespace

CrmImporter::CrmImporter(Database& db, ImportMappingDefinition mapping)
    : m_db(db), m_mapping(std::move(mapping)), m_settled(m_mapping)
{}

ImportSummary CrmImporter::runFile(const QString& path, Options options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportSummary summary;
        fail(&summary, QCoreApplication::translate("accord::CrmImporter", "“%1” cannot be read: %2")
                           .arg(QFileInfo(path).fileName(), file.errorString()));
        return summary;
    }
    if (options.fileName.isEmpty())
        options.fileName = QFileInfo(path).fileName();
    return run(&file, options);
}

ImportSummary CrmImporter::run(QIODevice* device, const Options& options)
{
    ImportSummary summary;
    summary.outcome = ImportSummary::Outcome::Rejected;
    m_settled = m_mapping;
    if (!settleFormats(device, &summary))
        return summary;
    CsvReader reader(device, m_settled.encoding, m_settled.delimiter);
    reader.setProgressHandler(options.progress);
    if (!reader.readHeader()) {
        summary.problems = reader.problems();
        return summary;
    }
    m_settled.encoding = reader.encoding();
    m_settled.delimiter = reader.delimiter();
    summary.problems = m_settled.check(reader.header());
    if (summary.problems.isEmpty())
        write(reader, options, &summary);
    return summary;
}

bool CrmImporter::settleFormats(QIODevice* device, ImportSummary* summary)
{
    const bool datesOpen = !m_settled.dateFormat.has_value();
    const bool amountsOpen = m_settled.decimalSeparator.isNull();
    // A stream cannot be read twice; its rows are then read with the defaults and report what does not fit.
    if ((datesOpen || amountsOpen) && !device->isSequential()) {
        const qint64 start = device->pos();
        CsvReader reader(device, m_settled.encoding, m_settled.delimiter);
        QStringList dates;
        QStringList amounts;
        if (reader.readHeader()) {
            QStringList names;
            for (const QString& name : reader.header())
                names << ImportMappingDefinition::normalizedName(name);
            QList<qsizetype> dateColumns;
            for (auto it = m_settled.columns.cbegin(); it != m_settled.columns.cend(); ++it)
                if (holdsDate(it.key()))
                    dateColumns << names.indexOf(ImportMappingDefinition::normalizedName(it.value()));
            const qsizetype amountColumn =
                names.indexOf(ImportMappingDefinition::normalizedName(m_settled.columns.value(ImportField::Amount)));
            for (int n = 0; n < SampleRows && reader.next(); ++n) {
                for (const qsizetype column : std::as_const(dateColumns))
                    if (column >= 0)
                        dates << reader.row().at(column);
                if (amountColumn >= 0)
                    amounts << reader.row().at(amountColumn);
            }
        }
        device->seek(start);
        if (datesOpen) {
            const QList<DateFormat> possible = DateParser::possibleFormats(dates);
            if (possible.size() > 1) {
                summary->problems.append(
                    {1, QString(),
                     QCoreApplication::translate("accord::CrmImporter",
                                                 "The dates read both day-first and month-first; choose the file's "
                                                 "date format.")});
                return false;
            }
            m_settled.dateFormat = possible.value(0, DateFormat::YearMonthDay);
        }
        if (amountsOpen)
            m_settled.decimalSeparator = AmountParser::detectDecimalSeparator(amounts);
    }
    m_settled.dateFormat = m_settled.dateFormat.value_or(DateFormat::YearMonthDay);
    // Amounts like "1,234" that tell nothing are read the English way, with the dot as decimal separator.
    if (m_settled.decimalSeparator.isNull())
        m_settled.decimalSeparator = QLatin1Char('.');
    return true;
}

void CrmImporter::write(CsvReader& reader, const Options& options, ImportSummary* summary)
{
    const bool writing = options.mode != Mode::DryRun;
    QString error;
    std::optional<Transaction> transaction;
    std::optional<CrmRecordWriter> writer;
    Repository<CrmRecord> records(m_db);
    Repository<CrmImport> runs(m_db);
    CrmImport run;
    run.fileName = options.fileName;
    run.importedAt = m_db.clock().now();
    run.importedBy = m_db.user();
    run.timeZone = m_settled.timeZone;
    run.mappingId = options.mappingId;
    int before = 0;
    if (writing) {
        // Before the transaction: how SQLite journals the writes is settled when it begins.
        writer.emplace(m_db);
        transaction.emplace(m_db);
        if (!transaction->isActive()) {
            fail(summary, transaction->error());
            return;
        }
        before = records.count({}, &error);
        if (before < 0 || !runs.insert(run, &error)) {
            fail(summary, error);
            return;
        }
    }

    const CrmRowConverter converter(m_settled, reader.header());
    QList<ImportProblem> rowProblems;
    int good = 0;
    while (reader.next()) {
        // A record per row, gone before the next is read: the reader then reuses the text its values shared.
        CrmRecord record;
        if (!converter.convert(reader.row(), reader.line(), &record, &rowProblems))
            continue;
        ++good;
        // All-or-nothing stops writing at the first problem but reads on, so that every problem is reported.
        const bool keep = options.mode == Mode::GoodRowsOnly ||
                          (options.mode == Mode::AllOrNothing && rowProblems.isEmpty() && reader.problems().isEmpty());
        if (!keep)
            continue;
        record.importId = run.id;
        if (!writer->write(record, &error)) {
            fail(summary, error);
            return;
        }
    }

    summary->rowsRead = reader.rowsRead();
    summary->rowsRejected = reader.rowsRead() - good;
    summary->problems = reader.problems() + rowProblems;
    std::stable_sort(summary->problems.begin(), summary->problems.end(),
                     [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    if (reader.state() == CsvReader::State::Cancelled) {
        summary->outcome = ImportSummary::Outcome::Cancelled;
        return;
    }
    const bool rejected = reader.state() == CsvReader::State::Failed || good == 0 ||
                          (options.mode == Mode::AllOrNothing && !summary->problems.isEmpty());
    if (rejected || !writing) {
        summary->outcome = rejected ? ImportSummary::Outcome::Rejected : ImportSummary::Outcome::Validated;
        return;
    }

    if (!writer->finish(&error)) {
        fail(summary, error);
        return;
    }
    const int after = records.count({}, &error);
    if (after < 0) {
        fail(summary, error);
        return;
    }
    run.rowsRead = summary->rowsRead;
    run.rowsImported = after - before;
    run.rowsUpdated = good - run.rowsImported;
    run.rowsRejected = summary->rowsRejected;
    if (!runs.update(run, &error) || !transaction->commit(&error)) {
        fail(summary, error);
        return;
    }
    summary->outcome = ImportSummary::Outcome::Imported;
    summary->importId = run.id;
    summary->rowsImported = run.rowsImported;
    summary->rowsUpdated = run.rowsUpdated;
}

} // namespace accord
