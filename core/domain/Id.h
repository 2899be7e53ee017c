#pragma once

#include <QtGlobal>

namespace accord {

// Row identifiers. 0 means "none": the storage layer writes it as NULL for optional references.
using Id = qint64;

} // namespace accord
