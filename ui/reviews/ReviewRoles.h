#pragma once

#include <Qt>

namespace accord::ReviewRoles {

// The data roles the review screens filter and sort on, shared by their models and proxies.
enum Role {
    Id = Qt::UserRole,
    Meeting,
    Rhythm,
    Status,
    Owner,
    Team,
    Sort,
};

} // namespace accord::ReviewRoles
