#pragma once

#include "domain/Enums.h"
#include "domain/Id.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace accord {

class Database;

// What the case list shows of a case: enough to filter, sort and recognise it without loading the whole case.
struct CaseSummary
{
    Id id = 0;
    QString title;
    CaseStage stage = CaseStage::Surface;
    CaseStatus status = CaseStatus::Open;
    Id frictionTypeId = 0;
    QString frictionType;
    QStringList teams;
    int severity = 0;
    qint64 revenueAtRisk = 0;
    QString decisionOwner;
    QDateTime updatedAt;
    bool archived = false;
};

struct CaseFilter
{
    enum class SortKey { Id, Title, Stage, FrictionType, Severity, RevenueAtRisk, Updated };

    std::optional<CaseStage> stage;
    Id teamId = 0;
    Id otherTeamId = 0; // with teamId: cases between these two teams (a heat-map cell)
    Id frictionTypeId = 0;
    int severity = 0; // 0: any
    QString search;   // matched against title and description
    bool includeArchived = false;
    bool openOnly = false;
    SortKey sortKey = SortKey::Updated;
    bool descending = true;
};

// The case list's reads, done in SQL with indexed filters so that large workspaces page in quickly.
namespace CaseListQuery {

int count(const Database& db, const CaseFilter& filter, QString* error = nullptr);
// Rows [offset, offset + limit) of the filtered, sorted list; limit < 0 reads to the end.
QList<CaseSummary> fetch(const Database& db, const CaseFilter& filter, int offset, int limit,
                         QString* error = nullptr);

} // namespace CaseListQuery
} // namespace accord
