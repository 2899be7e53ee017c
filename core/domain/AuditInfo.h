#pragma once

#include <QDateTime>
#include <QString>

namespace accord {

// Who created and last changed a record, and when; stamped by the storage layer from the workspace's clock.
struct AuditInfo
{
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;

    bool operator==(const AuditInfo&) const = default;
};

} // namespace accord
