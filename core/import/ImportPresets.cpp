#include "ImportPresets.h"

#include <vector>

namespace accord::ImportPresets {
namespace {

struct Aliases
{
    ImportField field;
    std::vector<const char*> names;
};

struct Preset
{
    const char* name;
    CrmRecordKind kind;
    const char* marker; // a column only this kind of export has
    std::vector<Aliases> fields;
};

// Columns that are not standard in either CRM but that RevOps teams commonly add under these names.
const std::vector<Aliases> CommonFields = {
    {ImportField::Segment, {"Segment", "Market Segment", "Company Size"}},
    {ImportField::Team, {"Team", "Owner Role", "Sales Team"}},
    {ImportField::RejectReason, {"Reject Reason", "Disqualification Reason", "Unqualified Reason"}},
    {ImportField::FirstTouchAt, {"First Touch Date", "First Engagement Date", "Date of first engagement"}},
};

const std::vector<Preset>& presets()
{
    // Opportunity exports come first: they may carry the lead's id column, which marks a lead export.
    static const std::vector<Preset> all = {
        {"hubspot",
         CrmRecordKind::Opportunity,
         "Deal Stage",
         {{ImportField::RecordId, {"Record ID", "Deal ID"}},
          {ImportField::ParentId, {"Associated Contact ID", "Contact ID"}},
          {ImportField::CreatedAt, {"Create Date"}},
          {ImportField::OpportunityAt, {"Create Date"}},
          {ImportField::Source, {"Original Source", "Original Source Type"}},
          {ImportField::Owner, {"Deal owner"}},
          {ImportField::Team, {"HubSpot Team"}},
          {ImportField::StageReached, {"Deal Stage"}},
          {ImportField::Status, {"Deal Stage"}},
          {ImportField::Amount, {"Amount"}},
          {ImportField::CloseDate, {"Close Date"}}}},
        {"salesforce",
         CrmRecordKind::Opportunity,
         "Opportunity ID",
         {{ImportField::RecordId, {"Opportunity ID"}},
          {ImportField::ParentId, {"Converted Lead ID", "Lead ID"}},
          {ImportField::CreatedAt, {"Created Date", "Create Date"}},
          {ImportField::OpportunityAt, {"Created Date", "Create Date"}},
          {ImportField::Source, {"Lead Source"}},
          {ImportField::Owner, {"Opportunity Owner"}},
          {ImportField::StageReached, {"Stage"}},
          {ImportField::Status, {"Stage"}},
          {ImportField::IsWon, {"Won"}},
          {ImportField::IsClosed, {"Closed"}},
          {ImportField::Amount, {"Amount"}},
          {ImportField::CloseDate, {"Close Date"}}}},
        {"hubspot",
         CrmRecordKind::Lead,
         "Lifecycle Stage",
         {{ImportField::RecordId, {"Record ID", "Contact ID"}},
          {ImportField::CreatedAt, {"Create Date"}},
          {ImportField::Source, {"Original Source", "Original Source Type"}},
          {ImportField::Owner, {"Contact owner"}},
          {ImportField::Team, {"HubSpot Team"}},
          {ImportField::StageReached, {"Lifecycle Stage"}},
          {ImportField::InquiryAt, {"Became a Lead Date"}},
          {ImportField::MqlAt, {"Became a Marketing Qualified Lead Date"}},
          {ImportField::SalAt, {"Became a Sales Accepted Lead Date"}},
          {ImportField::SqlAt, {"Became a Sales Qualified Lead Date"}},
          {ImportField::OpportunityAt, {"Became an Opportunity Date"}},
          {ImportField::WonAt, {"Became a Customer Date"}}}},
        {"salesforce",
         CrmRecordKind::Lead,
         "Lead ID",
         {{ImportField::RecordId, {"Lead ID"}},
          {ImportField::CreatedAt, {"Created Date", "Create Date"}},
          {ImportField::Source, {"Lead Source"}},
          {ImportField::Owner, {"Lead Owner"}},
          {ImportField::StageReached, {"Status", "Lead Status"}},
          {ImportField::MqlAt, {"MQL Date"}},
          {ImportField::SalAt, {"SAL Date"}},
          {ImportField::SqlAt, {"SQL Date"}},
          {ImportField::OpportunityAt, {"Converted Date"}}}},
    };
    return all;
}

// Maps each field to the first of its names the header has, keeping the header's own spelling.
void mapFields(const std::vector<Aliases>& fields, const QStringList& header, const QStringList& normalized,
               ImportMappingDefinition* mapping)
{
    for (const Aliases& aliases : fields) {
        if (mapping->columns.contains(aliases.field))
            continue;
        for (const char* alias : aliases.names) {
            const qsizetype at =
                normalized.indexOf(ImportMappingDefinition::normalizedName(QString::fromLatin1(alias)));
            if (at >= 0) {
                mapping->columns.insert(aliases.field, header[at]);
                break;
            }
        }
    }
}

} // namespace

QStringList names()
{
    return {QStringLiteral("hubspot"), QStringLiteral("salesforce")};
}

std::optional<ImportMappingDefinition> forHeader(const QString& name, const QStringList& header)
{
    QStringList normalized;
    for (const QString& column : header)
        normalized << ImportMappingDefinition::normalizedName(column);
    for (const Preset& preset : presets()) {
        if (name != QLatin1StringView(preset.name) ||
            !normalized.contains(ImportMappingDefinition::normalizedName(QString::fromLatin1(preset.marker))))
            continue;
        ImportMappingDefinition mapping;
        mapping.kind = preset.kind;
        mapFields(preset.fields, header, normalized, &mapping);
        mapFields(CommonFields, header, normalized, &mapping);
        if (mapping.columns.contains(ImportField::RecordId))
            return mapping;
    }
    return std::nullopt;
}

std::optional<ImportMappingDefinition> match(const QStringList& header, QString* name)
{
    std::optional<ImportMappingDefinition> best;
    for (const QString& candidate : names()) {
        std::optional<ImportMappingDefinition> mapping = forHeader(candidate, header);
        if (mapping && (!best || mapping->columns.size() > best->columns.size())) {
            best = std::move(mapping);
            if (name)
                *name = candidate;
        }
    }
    return best;
}

} // namespace accord::ImportPresets
