#pragma once

#include "CodeIds.h"
#include "domain/AlignmentArea.h"
#include "domain/CatalogEntry.h"
#include "domain/ConflictPattern.h"
#include "domain/FrictionType.h"
#include "domain/FunnelStage.h"
#include "domain/Metric.h"
#include "domain/OperatingRhythm.h"
#include "domain/RejectReason.h"
#include "domain/Sla.h"
#include "domain/Team.h"

#include <QList>
#include <QStringList>

// The built-in content as value lists, translated into the user's language, in display order (sortOrder set) and
// without ids. Rows that refer to other rows resolve the codes through a workspace's CodeIds; codes it lacks are
// appended to unresolved and left as no reference. Catalog::seed writes these lists into a new workspace, and
// "restore to defaults" can compare a workspace's rows against them by code.
namespace accord::Catalog {

QList<Team> defaultTeams();
QList<RootCauseCategory> defaultRootCauseCategories();
QList<DataTrustSignal> defaultDataTrustSignals();
QList<FunnelStage> defaultFunnelStages(const CodeIds& ids, QStringList* unresolved = nullptr);
// Every KPI the catalogue names, and the scorecard's metrics; those the CRM records feed carry their formula.
QList<Metric> defaultMetrics(const CodeIds& ids, QStringList* unresolved = nullptr);
QList<SharedOutcome> defaultSharedOutcomes(const CodeIds& ids, QStringList* unresolved = nullptr);
QList<FrictionType> defaultFrictionTypes(const CodeIds& ids, QStringList* unresolved = nullptr);
QList<ConflictPattern> defaultConflictPatterns(const CodeIds& ids, QStringList* unresolved = nullptr);
QList<Sla> defaultSlas(const CodeIds& ids, QStringList* unresolved = nullptr);
QList<RejectReason> defaultRejectReasons();
QList<OperatingRhythm> defaultOperatingRhythms();
QList<AlignmentArea> defaultAlignmentAreas();

} // namespace accord::Catalog
