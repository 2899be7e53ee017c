#pragma once

#include "import/ImportMappingChoice.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace accord {

// One file of an import as the dialog sets it up: its header and first rows as read with the chosen (or detected)
// encoding and delimiter, the date orders its values allow, and the mapping the user adjusts.
class ImportFile
{
    Q_DECLARE_TR_FUNCTIONS(ImportFile)

public:
    static constexpr int PreviewRows = 3;

    // Reads the start of the file; false with the reason in problem().
    bool read(const QString& path);
    // Reads it again after the user chose another encoding or delimiter (kept in the mapping).
    bool reread() { return read(m_path); }
    // Settles the date orders the mapped date columns allow, after the mapping changed.
    void detectDateFormats();

    QString path() const { return m_path; }
    QString fileName() const;
    const QStringList& header() const { return m_header; }
    int sampleSize() const { return int(m_sample.size()); }
    TextEncoding detectedEncoding() const { return m_encoding; }
    QChar detectedDelimiter() const { return m_delimiter; }
    QString problem() const { return m_problem; }
    // Day-first and month-first both fit the dates, and the user has not said which it is.
    bool datesAmbiguous() const { return m_possibleDates.size() > 1; }
    bool needsDateFormat() const { return datesAmbiguous() && !m_choice.definition.dateFormat; }

    ImportMappingChoice& choice() { return m_choice; }
    const ImportMappingChoice& choice() const { return m_choice; }
    ImportMappingDefinition& mapping() { return m_choice.definition; }
    const ImportMappingDefinition& mapping() const { return m_choice.definition; }
    void setChoice(ImportMappingChoice choice);

    // The cell of a field in a sampled row, raw; and as it will be stored, or why it cannot be.
    QString rawValue(int row, ImportField field) const;
    QString parsedValue(int row, ImportField field) const;

private:
    QString m_path;
    QStringList m_header;
    QList<QStringList> m_sample;
    TextEncoding m_encoding = TextEncoding::Auto;
    QChar m_delimiter;
    QList<DateFormat> m_possibleDates;
    ImportMappingChoice m_choice;
    QString m_problem;
};

} // namespace accord
