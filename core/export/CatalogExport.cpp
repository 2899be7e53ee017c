#include "CatalogExport.h"

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
#include "workspace/Workspace.h"

#include <QJsonArray>

#include <functional>

namespace accord::CatalogExport {
namespace {

// Resolves the references of exported rows to the codes of the rows they point at.
class Codes
{
public:
    template <typename T>
    bool load(Workspace& workspace, QString* error)
    {
        error->clear();
        const QList<T> rows = workspace.repository<T>().list({}, error);
        if (!error->isEmpty())
            return false;
        auto& map = m_codes[entityMap<T>().table];
        for (const T& row : rows)
            map.insert(row.id, row.code);
        return true;
    }

    template <typename T>
    QJsonValue of(Id id) const
    {
        if (!id)
            return QJsonValue::Null;
        return m_codes.value(entityMap<T>().table).value(id);
    }

    template <typename T>
    QJsonArray list(const QList<Id>& ids) const
    {
        QJsonArray array;
        for (Id id : ids)
            array.append(of<T>(id));
        return array;
    }

private:
    QHash<QString, QHash<Id, QString>> m_codes;
};

template <typename T>
bool appendSection(Workspace& workspace, QJsonObject& out, const char* name,
                   const std::function<QJsonObject(const T&)>& toJson, QString* error)
{
    error->clear();
    const QList<T> rows = workspace.repository<T>().list({}, error);
    if (!error->isEmpty())
        return false;
    QJsonArray array;
    for (const T& row : rows)
        array.append(toJson(row));
    out.insert(QLatin1String(name), array);
    return true;
}

QJsonObject entry(const CatalogEntry& e)
{
    return {{QStringLiteral("code"), e.code}, {QStringLiteral("name"), e.name},
            {QStringLiteral("description"), e.description}};
}

} // namespace

QJsonObject toJson(Workspace& workspace, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    Codes codes;
    if (!codes.load<Team>(workspace, err) || !codes.load<Metric>(workspace, err)
        || !codes.load<RootCauseCategory>(workspace, err) || !codes.load<FrictionType>(workspace, err)
        || !codes.load<FunnelStage>(workspace, err))
        return {};

    QJsonObject out;
    const bool ok =
        appendSection<Team>(workspace, out, "teams",
                            [](const Team& t) {
                                return QJsonObject{{QStringLiteral("code"), t.code},
                                                   {QStringLiteral("name"), t.name},
                                                   {QStringLiteral("color"), t.color},
                                                   {QStringLiteral("archived"), t.archived}};
                            },
                            err)
        && appendSection<FrictionType>(
            workspace, out, "friction_types",
            [&codes](const FrictionType& f) {
                return QJsonObject{{QStringLiteral("code"), f.code},
                                   {QStringLiteral("name"), f.name},
                                   {QStringLiteral("team_a"), codes.of<Team>(f.teamAId)},
                                   {QStringLiteral("team_b"), codes.of<Team>(f.teamBId)},
                                   {QStringLiteral("looks_like"), f.looksLike},
                                   {QStringLiteral("root_cause"), f.rootCause},
                                   {QStringLiteral("mechanism"), f.mechanism},
                                   {QStringLiteral("kpi"), codes.of<Metric>(f.kpiMetricId)},
                                   {QStringLiteral("likely_root_causes"),
                                    codes.list<RootCauseCategory>(f.rootCauseCategoryIds)}};
            },
            err)
        && appendSection<ConflictPattern>(
            workspace, out, "conflict_patterns",
            [&codes](const ConflictPattern& p) {
                return QJsonObject{{QStringLiteral("code"), p.code},
                                   {QStringLiteral("complaint"), p.complaint},
                                   {QStringLiteral("revops_enables"), p.revopsEnables},
                                   {QStringLiteral("artifact"), p.artifact},
                                   {QStringLiteral("quick_fix"), p.quickFix},
                                   {QStringLiteral("friction_type"), codes.of<FrictionType>(p.frictionTypeId)},
                                   {QStringLiteral("kpis"), codes.list<Metric>(p.kpiMetricIds)},
                                   {QStringLiteral("likely_root_causes"),
                                    codes.list<RootCauseCategory>(p.rootCauseCategoryIds)}};
            },
            err)
        && appendSection<RootCauseCategory>(workspace, out, "root_cause_categories", entry, err)
        && appendSection<DataTrustSignal>(workspace, out, "data_trust_signals", entry, err)
        && appendSection<SharedOutcome>(
            workspace, out, "shared_outcomes",
            [&codes](const SharedOutcome& o) {
                QJsonObject object = entry(o);
                object.insert(QStringLiteral("kpi"), codes.of<Metric>(o.metricId));
                return object;
            },
            err)
        && appendSection<Metric>(
            workspace, out, "metrics",
            [&codes](const Metric& m) {
                return QJsonObject{{QStringLiteral("code"), m.code},
                                   {QStringLiteral("name"), m.name},
                                   {QStringLiteral("definition"), m.definition},
                                   {QStringLiteral("formula"), m.formula},
                                   {QStringLiteral("unit"), m.unit},
                                   {QStringLiteral("direction"), enumCode(m.direction)},
                                   {QStringLiteral("target"), m.target},
                                   {QStringLiteral("amber_threshold"), m.amberThreshold},
                                   {QStringLiteral("owner_team"), codes.of<Team>(m.ownerTeamId)},
                                   {QStringLiteral("source_system"), m.sourceSystem},
                                   {QStringLiteral("funnel_stages"), codes.list<FunnelStage>(m.funnelStageIds)},
                                   {QStringLiteral("source"), enumCode(m.source)},
                                   {QStringLiteral("status"), enumCode(m.status)},
                                   {QStringLiteral("version"), m.version}};
            },
            err)
        && appendSection<FunnelStage>(
            workspace, out, "funnel_stages",
            [&codes](const FunnelStage& s) {
                return QJsonObject{{QStringLiteral("code"), s.code},
                                   {QStringLiteral("name"), s.name},
                                   {QStringLiteral("owner_team"), codes.of<Team>(s.ownerTeamId)},
                                   {QStringLiteral("entry_criteria"), s.entryCriteria},
                                   {QStringLiteral("exit_criteria"), s.exitCriteria}};
            },
            err)
        && appendSection<Sla>(
            workspace, out, "slas",
            [&codes](const Sla& s) {
                return QJsonObject{{QStringLiteral("kind"), enumCode(s.kind)},
                                   {QStringLiteral("name"), s.name},
                                   {QStringLiteral("owner_team"), codes.of<Team>(s.ownerTeamId)},
                                   {QStringLiteral("counterpart_team"), codes.of<Team>(s.counterpartTeamId)},
                                   {QStringLiteral("description"), s.description},
                                   {QStringLiteral("required_fields"), s.requiredFields},
                                   {QStringLiteral("suppression_rules"), s.suppressionRules},
                                   {QStringLiteral("target_hours"), s.targetHours},
                                   {QStringLiteral("escalate_after_hours"), s.escalateAfterHours}};
            },
            err)
        && appendSection<RejectReason>(
            workspace, out, "reject_reasons",
            [](const RejectReason& r) {
                return QJsonObject{{QStringLiteral("code"), r.code},
                                   {QStringLiteral("name"), r.name},
                                   {QStringLiteral("description"), r.description},
                                   {QStringLiteral("action"), enumCode(r.action)}};
            },
            err)
        && appendSection<OperatingRhythm>(
            workspace, out, "operating_rhythms",
            [](const OperatingRhythm& r) {
                return QJsonObject{{QStringLiteral("code"), r.code},
                                   {QStringLiteral("name"), r.name},
                                   {QStringLiteral("cadence"), enumCode(r.cadence)},
                                   {QStringLiteral("purpose"), r.purpose},
                                   {QStringLiteral("standing_agenda"),
                                    QJsonArray::fromStringList(r.standingAgenda.split(QLatin1Char('\n'),
                                                                                      Qt::SkipEmptyParts))}};
            },
            err)
        && appendSection<AlignmentArea>(
            workspace, out, "alignment_areas",
            [](const AlignmentArea& a) {
                return QJsonObject{{QStringLiteral("code"), a.code},
                                   {QStringLiteral("name"), a.name},
                                   {QStringLiteral("description"), a.description},
                                   {QStringLiteral("status"), enumCode(a.status)}};
            },
            err);
    return ok ? out : QJsonObject();
}

} // namespace accord::CatalogExport
