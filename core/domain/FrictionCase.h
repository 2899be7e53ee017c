#pragma once

#include "AuditInfo.h"
#include "Enums.h"
#include "Id.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace accord {

// One concrete friction between two or more teams, with what each playbook step recorded about it.
// Root causes, decisions, actions, reviews and stage history are rows of their own that point at the case.
struct FrictionCase
{
    Id id = 0;

    // Surface
    QString title;
    Id frictionTypeId = 0;
    Id conflictPatternId = 0;
    QList<Id> teamIds;
    QString looksLike;
    Id impactedMetricId = 0;
    QString blockedDecision;
    QString mechanism; // the resolution mechanism, pre-filled from the friction type or pattern
    Id funnelStageId = 0;
    qint64 revenueAtRisk = 0; // whole units of the workspace currency
    int severity = 2;         // 1 low, 2 medium, 3 high, 4 critical
    Id raisedById = 0;
    QDate raisedOn;

    // Diagnose
    QList<Id> dataTrustSignalIds;

    // Align
    Id sharedOutcomeId = 0;
    Id kpiMetricId = 0;
    std::optional<double> kpiBaseline; // unset until agreed: 0 is a real baseline
    std::optional<double> kpiTarget;
    QDate kpiTargetDate;

    // Govern
    Id rhythmId = 0;
    QDate nextReviewOn;

    // Learn
    QString whatWorked;
    QString whatRecurred;
    QString evidence;
    QString kpiMovement;

    CaseStage stage = CaseStage::Surface;
    QDateTime stageEnteredAt;
    CaseStatus status = CaseStatus::Open;
    QDate closedOn;
    bool archived = false;
    AuditInfo audit;

    bool operator==(const FrictionCase&) const = default;
};

} // namespace accord
