#pragma once

#include <QString>
#include <QStringList>

namespace accord {

// A stable key for a record the user added, made from its name ("Product-qualified lead" → "product_qualified_lead")
// and kept distinct from the codes already taken by adding _2, _3…
QString uniqueCode(const QString& name, const QStringList& taken);

} // namespace accord
