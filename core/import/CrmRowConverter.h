#pragma once

#include "AmountParser.h"
#include "DateParser.h"
#include "ImportMappingDefinition.h"

#include <array>

namespace accord {

struct CrmRecord;

// Turns one row of an export into a CRM record by a mapping whose date format and decimal separator are settled.
// Every bad cell of the row is reported, not only the first, so that a user fixes a file in one go.
class CrmRowConverter
{
public:
    CrmRowConverter(const ImportMappingDefinition& mapping, const QStringList& header);

    // False, with a problem per bad cell appended, when the row cannot be imported.
    bool convert(const QStringList& row, int line, CrmRecord* record, QList<ImportProblem>* problems) const;

private:
    static constexpr std::size_t FieldCount = enumValues<ImportField>().size();

    QStringView cell(const QStringList& row, ImportField field) const;
    QString text(const QStringList& row, ImportField field) const;
    bool flag(const QStringList& row, ImportField field, int line, QList<ImportProblem>* problems) const;
    void problem(QList<ImportProblem>* problems, int line, ImportField field, const QString& reason) const;

    CrmRecordKind m_kind;
    QTimeZone m_zone;
    DateParser m_dates;
    AmountParser m_amounts;
    QStringList m_wonValues;
    QStringList m_lostValues;
    std::array<qsizetype, FieldCount> m_index;
    std::array<QString, FieldCount> m_column;
};

} // namespace accord
