#include "WizardLookups.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <algorithm>

namespace accord {
namespace {

template <typename T> QList<T> readAll(Workspace& workspace, QString* error)
{
    QString localError;
    QList<T> rows = workspace.repository<T>().list({}, &localError);
    if (!localError.isEmpty() && error && error->isEmpty())
        *error = localError;
    return rows;
}

template <typename T> std::optional<T> byId(const QList<T>& rows, Id id)
{
    for (const T& row : rows)
        if (row.id == id)
            return row;
    return std::nullopt;
}

template <typename T, typename Name> WizardLookups::Choices choicesOf(const QList<T>& rows, Name name)
{
    WizardLookups::Choices choices;
    for (const T& row : rows)
        choices.append({name(row), row.id});
    return choices;
}

QString archivedName(const QString& name, bool archived)
{
    return archived ? QCoreApplication::translate("accord::WizardLookups", "%1 (archived)").arg(name) : name;
}

} // namespace

WizardLookups WizardLookups::load(Workspace& workspace, QString* error)
{
    WizardLookups lookups;
    lookups.teams = readAll<Team>(workspace, error);
    lookups.people = readAll<Person>(workspace, error);
    std::sort(lookups.people.begin(), lookups.people.end(),
              [](const Person& a, const Person& b) { return a.name.localeAwareCompare(b.name) < 0; });
    lookups.metrics = readAll<Metric>(workspace, error);
    lookups.funnelStages = readAll<FunnelStage>(workspace, error);
    lookups.frictionTypes = readAll<FrictionType>(workspace, error);
    lookups.patterns = readAll<ConflictPattern>(workspace, error);
    lookups.rootCauseCategories = readAll<RootCauseCategory>(workspace, error);
    lookups.trustSignals = readAll<DataTrustSignal>(workspace, error);
    lookups.sharedOutcomes = readAll<SharedOutcome>(workspace, error);
    lookups.rhythms = readAll<OperatingRhythm>(workspace, error);
    return lookups;
}

const QSet<QString>& WizardLookups::tables()
{
    static const QSet<QString> names{
        QStringLiteral("teams"),
        QStringLiteral("people"),
        QStringLiteral("metrics"),
        QStringLiteral("funnel_stages"),
        QStringLiteral("friction_types"),
        QStringLiteral("conflict_patterns"),
        QStringLiteral("root_cause_categories"),
        QStringLiteral("data_trust_signals"),
        QStringLiteral("shared_outcomes"),
        QStringLiteral("operating_rhythms"),
    };
    return names;
}

QString WizardLookups::teamName(Id id) const
{
    const auto team = byId(teams, id);
    return team ? team->name : QString();
}

QString WizardLookups::personName(Id id) const
{
    const auto found = person(id);
    return found ? found->name : QString();
}

QString WizardLookups::metricName(Id id) const
{
    const auto metric = byId(metrics, id);
    return metric ? metric->name : QString();
}

std::optional<Person> WizardLookups::person(Id id) const
{
    return byId(people, id);
}

std::optional<FrictionType> WizardLookups::frictionType(Id id) const
{
    return byId(frictionTypes, id);
}

std::optional<ConflictPattern> WizardLookups::pattern(Id id) const
{
    return byId(patterns, id);
}

WizardLookups::Choices WizardLookups::teamChoices() const
{
    return choicesOf(teams, [](const Team& t) { return archivedName(t.name, t.archived); });
}

WizardLookups::Choices WizardLookups::peopleChoices() const
{
    return choicesOf(people, [this](const Person& p) {
        const QString team = teamName(p.teamId);
        const QString name = team.isEmpty() ? p.name : QStringLiteral("%1 — %2").arg(p.name, team);
        return archivedName(name, p.archived);
    });
}

WizardLookups::Choices WizardLookups::metricChoices() const
{
    return choicesOf(metrics, [](const Metric& m) { return m.name; });
}

WizardLookups::Choices WizardLookups::funnelStageChoices() const
{
    return choicesOf(funnelStages, [](const FunnelStage& s) { return s.name; });
}

WizardLookups::Choices WizardLookups::frictionTypeChoices() const
{
    return choicesOf(frictionTypes, [](const FrictionType& t) { return t.name; });
}

WizardLookups::Choices WizardLookups::rootCauseChoices() const
{
    return choicesOf(rootCauseCategories, [](const RootCauseCategory& c) { return c.name; });
}

WizardLookups::Choices WizardLookups::sharedOutcomeChoices() const
{
    return choicesOf(sharedOutcomes, [](const SharedOutcome& o) { return o.name; });
}

WizardLookups::Choices WizardLookups::rhythmChoices() const
{
    return choicesOf(rhythms, [](const OperatingRhythm& r) { return r.name; });
}

} // namespace accord
