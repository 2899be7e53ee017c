#pragma once

#include "domain/Id.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What the tables of default rows share. Internal to core/catalog.
namespace accord::Catalog {

// The tables hold QT_TRANSLATE_NOOP("accord::Catalog", …) literals; this translates one into the user's language.
QString translated(const char* text);

// The id of a code; no code means no reference. A code the map lacks is appended to unresolved (when given) and
// resolves to 0, so that a workspace whose user removed a built-in row still yields usable defaults.
Id resolve(const QHash<QString, Id>& ids, const char* code, QStringList* unresolved);

// The ids of space-separated codes, in their order; unknown codes are left out and noted as above.
QList<Id> resolveAll(const QHash<QString, Id>& ids, const char* codes, QStringList* unresolved);

} // namespace accord::Catalog
