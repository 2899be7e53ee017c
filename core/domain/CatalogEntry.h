#pragma once

#include "Id.h"

#include <QString>

namespace accord {

// A short named entry of a fixed vocabulary: root-cause categories, data-trust signals and shared outcomes.
struct CatalogEntry
{
    Id id = 0;
    QString code;
    QString name;
    QString description;
    Id metricId = 0; // shared outcomes name the dictionary metric they are judged by
    int sortOrder = 0;

    bool operator==(const CatalogEntry&) const = default;
};

struct RootCauseCategory : CatalogEntry
{
};
struct DataTrustSignal : CatalogEntry
{
};
struct SharedOutcome : CatalogEntry
{
};

} // namespace accord
