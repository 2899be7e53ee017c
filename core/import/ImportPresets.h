#pragma once

#include "ImportMappingDefinition.h"

namespace accord::ImportPresets {

// The CRMs whose standard export headers Accord maps without asking: "hubspot" and "salesforce".
QStringList names();

// The named CRM's mapping for a file with this header: the record kind is told by a column only that kind's export
// has (HubSpot's "Deal Stage", Salesforce's "Opportunity ID"), and each field takes the first of its known column
// names the file has. Nothing when the header is not that CRM's export.
std::optional<ImportMappingDefinition> forHeader(const QString& name, const QStringList& header);

// The preset that maps most of this header's columns, and its name; nothing when no preset fits.
std::optional<ImportMappingDefinition> match(const QStringList& header, QString* name = nullptr);

} // namespace accord::ImportPresets
