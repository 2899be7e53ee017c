#pragma once

#include "ImportEnums.h"
#include "ImportProblem.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <optional>

namespace accord {

// How one CRM export file becomes CRM records: which file column holds which field, and how the file writes text,
// dates and amounts. Saved as the definition JSON of an ImportMapping (see ImportMappingFormat.md). Empty
// settings (no delimiter, date format, decimal separator) are detected from the file.
struct ImportMappingDefinition
{
    CrmRecordKind kind = CrmRecordKind::Lead;
    TextEncoding encoding = TextEncoding::Auto;
    QChar delimiter;
    std::optional<DateFormat> dateFormat;
    QChar decimalSeparator;
    QString timeZone = QStringLiteral("UTC");
    // The file's column names as they appear in its header.
    QMap<ImportField, QString> columns;
    // Values of the status column that mean won or lost, compared as normalised names.
    QStringList wonValues{QStringLiteral("closed won"), QStringLiteral("won")};
    QStringList lostValues{QStringLiteral("closed lost"), QStringLiteral("lost")};

    bool operator==(const ImportMappingDefinition&) const = default;

    QJsonObject toJson() const;
    QString toJsonText() const;
    static std::optional<ImportMappingDefinition> fromJson(const QJsonObject& json, QString* error);
    static std::optional<ImportMappingDefinition> fromJsonText(const QString& text, QString* error);

    // What this mapping cannot do with a file of this header: mapped columns that are missing, no record id, an
    // unknown time zone. Reported on line 1, the header.
    QList<ImportProblem> check(const QStringList& header) const;

    // A header name as it is matched: trimmed, case-folded, runs of spaces, underscores and dashes as one space.
    static QString normalizedName(QStringView name);
    // The normalised names joined, so that a saved mapping is offered again for a file with the same columns.
    static QString headerSignature(const QStringList& header);
};

} // namespace accord
