#include "MetricDefinition.h"

#include <QCoreApplication>

namespace accord::MetricDefinition {
namespace {

using TeamName = std::function<QString(Id)>;

struct Field
{
    const char* label;
    QString (*text)(const MetricVersion&, const TeamName&);
};

// One list of the defining fields serves the diff and the change test, so the two never disagree.
const Field kFields[] = {
    {QT_TRANSLATE_NOOP("accord::MetricDefinition", "Name"), [](const MetricVersion& v, const TeamName&) { return v.name; }},
    {QT_TRANSLATE_NOOP("accord::MetricDefinition", "Definition"), [](const MetricVersion& v, const TeamName&) { return v.definition; }},
    {QT_TRANSLATE_NOOP("accord::MetricDefinition", "Formula"), [](const MetricVersion& v, const TeamName&) { return v.formula; }},
    {QT_TRANSLATE_NOOP("accord::MetricDefinition", "Unit"), [](const MetricVersion& v, const TeamName&) { return v.unit; }},
    {QT_TRANSLATE_NOOP("accord::MetricDefinition", "Direction"),
     [](const MetricVersion& v, const TeamName&) { return displayName(v.direction); }},
    {QT_TRANSLATE_NOOP("accord::MetricDefinition", "Target"),
     [](const MetricVersion& v, const TeamName&) { return QString::number(v.target); }},
    {QT_TRANSLATE_NOOP("accord::MetricDefinition", "Amber threshold"),
     [](const MetricVersion& v, const TeamName&) { return QString::number(v.amberThreshold); }},
    {QT_TRANSLATE_NOOP("accord::MetricDefinition", "Owner team"),
     [](const MetricVersion& v, const TeamName& teamName) {
         if (!v.ownerTeamId)
             return QString();
         return teamName ? teamName(v.ownerTeamId) : QString::number(v.ownerTeamId);
     }},
};

} // namespace

MetricVersion snapshot(const Metric& metric)
{
    MetricVersion v;
    v.metricId = metric.id;
    v.version = metric.version;
    v.name = metric.name;
    v.definition = metric.definition;
    v.formula = metric.formula;
    v.unit = metric.unit;
    v.direction = metric.direction;
    v.target = metric.target;
    v.amberThreshold = metric.amberThreshold;
    v.ownerTeamId = metric.ownerTeamId;
    return v;
}

QList<FieldChange> diff(const MetricVersion& older, const MetricVersion& newer, const TeamName& teamName)
{
    QList<FieldChange> changes;
    for (const Field& field : kFields) {
        const QString before = field.text(older, teamName);
        const QString after = field.text(newer, teamName);
        if (before != after)
            changes.append({QCoreApplication::translate("accord::MetricDefinition", field.label), before, after});
    }
    return changes;
}

bool changesDefinition(const Metric& before, const Metric& after)
{
    return !diff(snapshot(before), snapshot(after)).isEmpty();
}

} // namespace accord::MetricDefinition
