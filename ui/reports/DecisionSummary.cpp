#include "DecisionSummary.h"

#include "ReportBuilder.h"
#include "ReportContext.h"
#include "TextSection.h"
#include "TrendChartObject.h"
#include "playbook/CaseFile.h"
#include "scorecard/ScorecardText.h"

#include <QTextDocument>
#include <algorithm>

namespace accord {
namespace {

template <typename T> QString nameIn(const QList<T>& rows, Id id)
{
    const auto found = std::find_if(rows.cbegin(), rows.cend(), [id](const T& row) { return row.id == id; });
    return found == rows.cend() ? QString() : found->name;
}

QString peopleNames(const WizardLookups& lookups, const QList<Id>& ids)
{
    QStringList names;
    for (Id id : ids)
        names << lookups.personName(id);
    names.removeAll(QString());
    return names.join(QStringLiteral(", "));
}

} // namespace

QString DecisionSummary::heading(const CaseFile& file)
{
    return file.frictionCase.title;
}

std::unique_ptr<ReportSection> DecisionSummary::section(ReportContext& context, const CaseFile& file)
{
    auto document = std::make_unique<QTextDocument>();
    TrendChartObject::registerWith(document.get());
    ReportBuilder builder(document.get());
    write(builder, context, file);
    return std::make_unique<TextSection>(heading(file), std::move(document));
}

void DecisionSummary::write(ReportBuilder& b, ReportContext& context, const CaseFile& file)
{
    using Field = ReportBuilder::Field;
    const FrictionCase& c = file.frictionCase;
    const WizardLookups& lookups = context.lookups();

    b.title(c.title);
    QString status = tr("Case %1 · %2 · %3").arg(c.id).arg(displayName(c.stage), displayName(c.status));
    if (c.status == CaseStatus::Closed && c.closedOn.isValid())
        status += tr(" on %1").arg(context.date(c.closedOn));
    b.subtitle(status);

    QStringList teams;
    for (Id id : c.teamIds)
        teams << lookups.teamName(id);
    const auto type = lookups.frictionType(c.frictionTypeId);
    QString raised = lookups.personName(c.raisedById);
    if (c.raisedOn.isValid())
        raised = raised.isEmpty() ? context.date(c.raisedOn) : tr("%1 on %2").arg(raised, context.date(c.raisedOn));
    b.fields({
        {tr("Teams"), teams.join(QStringLiteral(", "))},
        {tr("Severity"), severityName(c.severity)},
        {tr("Revenue at risk"), c.revenueAtRisk ? context.money(c.revenueAtRisk) : QString()},
        {tr("Friction type"), type ? type->name : QString()},
        {tr("Funnel stage"), nameIn(lookups.funnelStages, c.funnelStageId)},
        {tr("Raised by"), raised},
    });

    b.heading(tr("Surfaced problem"));
    b.fields({
        {tr("What it looks like"), c.looksLike},
        {tr("Impacted metric"), lookups.metricName(c.impactedMetricId)},
        {tr("Blocked decision"), c.blockedDecision},
    });

    b.heading(tr("Diagnosis"));
    QList<QStringList> causes;
    for (const CaseRootCause& cause : file.rootCauses)
        causes.append({nameIn(lookups.rootCauseCategories, cause.categoryId), cause.evidence});
    if (causes.isEmpty())
        b.paragraph(tr("No root cause recorded yet."));
    else
        b.table({tr("Root cause"), tr("Evidence")}, causes, {28, 72});
    QStringList trustSignals;
    for (Id id : c.dataTrustSignalIds)
        trustSignals << nameIn(lookups.trustSignals, id);
    QList<Field> diagnosis{{tr("Data-trust signals"), trustSignals.join(QStringLiteral("; "))},
                           {tr("Resolution mechanism"), c.mechanism}};
    b.fields(diagnosis);
    if (trustSignals.size() >= 2)
        b.paragraph(tr("Two or more data-trust signals: the root cause is probably data trust."));

    b.heading(tr("Shared outcome"));
    const std::optional<Metric> kpi = [&]() -> std::optional<Metric> {
        for (const Metric& m : lookups.metrics)
            if (m.id == c.kpiMetricId)
                return m;
        return std::nullopt;
    }();
    const auto measured = [&kpi](std::optional<double> value) {
        return kpi && value ? ScorecardText::value(*kpi, value) : QString();
    };
    QString target = measured(c.kpiTarget);
    if (!target.isEmpty() && c.kpiTargetDate.isValid())
        target = tr("%1 by %2").arg(target, context.date(c.kpiTargetDate));
    b.fields({
        {tr("Outcome"), nameIn(lookups.sharedOutcomes, c.sharedOutcomeId)},
        {tr("KPI"), kpi ? kpi->name : QString()},
        {tr("KPI baseline"), measured(c.kpiBaseline)},
        {tr("KPI target"), target},
    });

    const Decision d = file.decision.value_or(Decision{});
    QString escalation;
    if (d.escalationToId)
        escalation = d.escalationAfterDays == 1
                         ? tr("%1 after 1 day without a decision").arg(lookups.personName(d.escalationToId))
                         : tr("%1 after %2 days without a decision")
                               .arg(lookups.personName(d.escalationToId))
                               .arg(d.escalationAfterDays);
    QString decidedOn = context.date(d.decidedOn);
    if (file.decision && !decidedOn.isEmpty())
        decidedOn = tr("%1 (%2)").arg(decidedOn, displayName(d.status));
    b.box(tr("Decision"), {
                              {tr("Accountable owner"), lookups.personName(d.ownerId)},
                              {tr("Contributors"), peopleNames(lookups, d.contributorIds)},
                              {tr("Decision criteria"), d.criteria},
                              {tr("Escalation path"), escalation},
                              {tr("Decision"), file.decision ? d.text : tr("Not decided yet")},
                              {tr("Decided on"), decidedOn},
                          });

    b.heading(tr("Actions"));
    if (file.actions.isEmpty()) {
        b.paragraph(tr("No actions yet."));
    } else {
        QList<QStringList> rows;
        for (const Action& a : file.actions)
            rows.append({a.title, displayName(a.kind), lookups.personName(a.ownerId), context.date(a.dueOn),
                         displayName(a.status)});
        b.table({tr("Action"), tr("Kind"), tr("Owner"), tr("Due"), tr("Status")}, rows, {40, 15, 18, 14, 13});
    }

    b.heading(tr("Governance"));
    QStringList reviews;
    for (const CaseReview& r : file.reviews)
        reviews << (r.note.isEmpty() ? context.date(r.reviewedOn)
                                     : tr("%1: %2").arg(context.date(r.reviewedOn), r.note));
    b.fields({
        {tr("Operating rhythm"), nameIn(lookups.rhythms, c.rhythmId)},
        {tr("Next review"), context.date(c.nextReviewOn)},
        {tr("Reviewed"), reviews.join(QLatin1Char('\n'))},
    });

    if (c.stage == CaseStage::Learn) {
        b.heading(tr("Learnings"));
        b.fields({
            {tr("What worked"), c.whatWorked},
            {tr("What recurred"), c.whatRecurred},
            {tr("Evidence"), c.evidence},
            {tr("KPI movement"), c.kpiMovement},
        });
    }

    const auto row = context.scorecardRow(c.kpiMetricId);
    const bool hasValues = row && std::any_of(row->cells.cbegin(), row->cells.cend(),
                                              [](const ScorecardCell& cell) { return cell.value.has_value(); });
    QList<Id> metrics{c.kpiMetricId};
    if (c.impactedMetricId != c.kpiMetricId)
        metrics << c.impactedMetricId;
    QStringList changes;
    for (Id id : metrics) {
        for (const MetricVersion& v : context.definitionChanges(id)) {
            QString line = tr("Definition changed: “%1” became version %2 on %3.")
                               .arg(v.name)
                               .arg(v.version)
                               .arg(context.date(v.changedAt.toLocalTime().date()));
            if (!v.reason.isEmpty())
                line += QLatin1Char(' ') + tr("Why: %1").arg(v.reason);
            changes << line;
        }
    }
    if (!hasValues && changes.isEmpty())
        return;
    b.heading(kpi ? tr("KPI trend: %1").arg(kpi->name) : tr("KPI trend"));
    if (hasValues)
        b.object(TrendChartObject::format(*row));
    if (!changes.isEmpty()) {
        changes << tr("Values before and after a definition change are not comparable.");
        b.note(changes.join(QLatin1Char('\n')));
    }
}

} // namespace accord
