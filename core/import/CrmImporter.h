#pragma once

#include "CsvReader.h"
#include "ImportMappingDefinition.h"
#include "ImportSummary.h"

class QIODevice;

namespace accord {

class Database;

// Imports one CRM export file all-or-nothing: every row is read and checked, and the records are written in one
// transaction that commits only when no row has a problem (or when the caller chose to import the good rows only).
// Re-importing a record updates it by kind and external id. Each run is recorded as a CrmImport its records point at.
class CrmImporter
{
public:
    enum class Mode { AllOrNothing, GoodRowsOnly, DryRun };

    struct Options
    {
        Mode mode = Mode::AllOrNothing;
        QString fileName; // recorded with the run
        Id mappingId = 0; // the saved mapping used, if any
        CsvReader::ProgressHandler progress;
    };

    // How many rows are looked at to settle a date format or decimal separator the mapping leaves open.
    static constexpr int SampleRows = 1000;

    CrmImporter(Database& db, ImportMappingDefinition mapping);

    ImportSummary run(QIODevice* device, const Options& options);
    ImportSummary runFile(const QString& path, Options options);

    // The mapping with what was detected in the last file filled in, to be saved for the next one.
    const ImportMappingDefinition& mapping() const { return m_settled; }

private:
    bool settleFormats(QIODevice* device, ImportSummary* summary);
    void write(CsvReader& reader, const Options& options, ImportSummary* summary);

    Database& m_db;
    ImportMappingDefinition m_mapping;
    ImportMappingDefinition m_settled;
};

} // namespace accord
