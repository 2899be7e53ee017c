#pragma once

#include <QJsonObject>

namespace accord {

class Workspace;

// The workspace's catalogue and dictionary as JSON, references written as codes or names so it reads on its own.
namespace CatalogExport {

QJsonObject toJson(Workspace& workspace, QString* error);

} // namespace CatalogExport
} // namespace accord
