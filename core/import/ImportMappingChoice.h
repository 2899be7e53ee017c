#pragma once

#include "ImportMappingDefinition.h"
#include "domain/Id.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace accord {

class Workspace;

// Which mapping reads a file: the one the user named — a mapping saved in the workspace, a preset ("hubspot",
// "salesforce") or a mapping JSON file — or, when none is named, the mapping saved for files with this header, else
// the preset that fits it.
struct ImportMappingChoice
{
    ImportMappingDefinition definition;
    Id savedId = 0;      // the workspace's saved mapping, when one was used
    QString name;        // what to call it when it is saved
    QString description; // for the user: where the mapping came from

    static std::optional<ImportMappingChoice> resolve(Workspace& workspace, const QString& requested,
                                                      const QStringList& header, QString* error);

    // Saves the mapping for files with this header, so the next such file is read the same way; returns its id.
    Id remember(Workspace& workspace, const QStringList& header, QString* error) const;
};

} // namespace accord
