#pragma once

#include "domain/Id.h"

#include <QHash>
#include <QList>
#include <QString>

namespace accord::Catalog {

// One workspace's ids of the rows the default content refers to, by code. The default rows name each other by
// code so that they can be rebuilt against any workspace, not only the one being seeded.
struct CodeIds
{
    QHash<QString, Id> teams;
    QHash<QString, Id> rootCauses;
    QHash<QString, Id> funnelStages;
    QHash<QString, Id> metrics;
    QHash<QString, Id> frictionTypes;
};

// The code → id map of rows read from or written to a workspace; rows the user added have no code and are left out.
template <typename T> QHash<QString, Id> idsByCode(const QList<T>& rows)
{
    QHash<QString, Id> ids;
    for (const T& row : rows)
        if (!row.code.isEmpty())
            ids.insert(row.code, row.id);
    return ids;
}

} // namespace accord::Catalog
