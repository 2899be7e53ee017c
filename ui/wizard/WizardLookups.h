#pragma once

#include "common/ChoiceDelegate.h"
#include "domain/CatalogEntry.h"
#include "domain/ConflictPattern.h"
#include "domain/FrictionType.h"
#include "domain/FunnelStage.h"
#include "domain/Metric.h"
#include "domain/OperatingRhythm.h"
#include "domain/Person.h"
#include "domain/Team.h"

#include <QList>
#include <QSet>

namespace accord {

class Workspace;

// The records a case's fields choose from (teams, people, the dictionary, the catalogue), read once and again only
// when one of their tables changes.
struct WizardLookups
{
    using Choices = QList<ChoiceDelegate::Choice>;

    QList<Team> teams;
    QList<Person> people;
    QList<Metric> metrics;
    QList<FunnelStage> funnelStages;
    QList<FrictionType> frictionTypes;
    QList<ConflictPattern> patterns;
    QList<RootCauseCategory> rootCauseCategories;
    QList<DataTrustSignal> trustSignals;
    QList<SharedOutcome> sharedOutcomes;
    QList<OperatingRhythm> rhythms;

    static WizardLookups load(Workspace& workspace, QString* error);
    static const QSet<QString>& tables();

    QString teamName(Id id) const;
    QString personName(Id id) const;
    QString metricName(Id id) const;
    std::optional<Person> person(Id id) const;
    std::optional<FrictionType> frictionType(Id id) const;
    std::optional<ConflictPattern> pattern(Id id) const;

    Choices teamChoices() const;
    Choices peopleChoices() const;
    Choices metricChoices() const;
    Choices funnelStageChoices() const;
    Choices frictionTypeChoices() const;
    Choices rootCauseChoices() const;
    Choices sharedOutcomeChoices() const;
    Choices rhythmChoices() const;
};

} // namespace accord
