#include "AgendaBuilder.h"

#include "domain/Action.h"
#include "domain/Metric.h"
#include "domain/MetricVersion.h"
#include "domain/Period.h"
#include "playbook/CaseFile.h"
#include "playbook/StageGate.h"
#include "scorecard/Scorecard.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace accord::AgendaBuilder {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::AgendaBuilder", text);
}

QString number(double value)
{
    return QLocale().toString(value, 'f', std::abs(value - std::round(value)) < 0.05 ? 0 : 1);
}

QString longDate(const QDate& day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

AgendaItem item(AgendaItemKind kind, const QString& title, Id caseId = 0, Id metricId = 0, Id actionId = 0)
{
    AgendaItem i;
    i.kind = kind;
    i.title = title;
    i.caseId = caseId;
    i.metricId = metricId;
    i.actionId = actionId;
    return i;
}

// Everything one agenda is read from, loaded once.
struct Sources
{
    Workspace& workspace;
    const OperatingRhythm& rhythm;
    QDate meetingOn;
    QDate since; // the last meeting's day, or one cadence step back when the rhythm never met
    std::optional<ReviewMeeting> last;
    QList<FrictionCase> openCases;
    QString* error;
};

QList<AgendaItem> standing(const Sources& s)
{
    QList<AgendaItem> items;
    for (const QString& line : s.rhythm.standingAgenda.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            items.append(item(AgendaItemKind::Standing, line.trimmed()));
    }
    return items;
}

// Cases the rhythm governs whose next review falls on or before the meeting; a case with no date yet is due now.
QList<AgendaItem> caseReviews(const Sources& s)
{
    QList<AgendaItem> items;
    for (const FrictionCase& c : s.openCases) {
        if (c.rhythmId == s.rhythm.id && (!c.nextReviewOn.isValid() || c.nextReviewOn <= s.meetingOn))
            items.append(item(AgendaItemKind::CaseReview, c.title, c.id, c.kpiMetricId));
    }
    return items;
}

// Any rhythm hears an escalation that is due: a decision waiting past its path cannot wait for its own rhythm.
QList<AgendaItem> escalations(const Sources& s)
{
    QList<AgendaItem> items;
    const QDateTime endOfMeetingDay(s.meetingOn, QTime(23, 59, 59));
    for (const FrictionCase& c : s.openCases) {
        if (c.stage != CaseStage::Decide)
            continue;
        const auto file = CaseFile::load(s.workspace, c.id, s.error);
        if (!file)
            return {};
        if (StageGate::escalationDue(*file, endOfMeetingDay))
            items.append(item(AgendaItemKind::Escalation, tr("Decision overdue: %1").arg(c.title), c.id));
    }
    return items;
}

// Overdue actions that concern the rhythm: owed by its chair or attendees, on cases it governs, or agreed in one of
// its meetings.
QList<AgendaItem> overdueActions(const Sources& s)
{
    QSet<Id> people(s.rhythm.attendeeIds.cbegin(), s.rhythm.attendeeIds.cend());
    people.insert(s.rhythm.chairId);
    QSet<Id> governed;
    for (const FrictionCase& c : s.openCases)
        if (c.rhythmId == s.rhythm.id)
            governed.insert(c.id);
    Filter meetingFilter;
    meetingFilter.where("rhythm_id", s.rhythm.id);
    QSet<Id> meetings;
    for (const ReviewMeeting& m : s.workspace.repository<ReviewMeeting>().list(meetingFilter, s.error))
        meetings.insert(m.id);
    QList<AgendaItem> items;
    for (const Action& a : s.workspace.repository<Action>().list({}, s.error)) {
        if (!StageGate::isOverdue(a, s.meetingOn))
            continue;
        if (people.contains(a.ownerId) || governed.contains(a.caseId) || meetings.contains(a.meetingId))
            items.append(item(AgendaItemKind::OverdueAction, a.title, a.caseId, 0, a.id));
    }
    return items;
}

// The latest value among the periods that had closed by the day.
std::optional<double> closedValue(const ScorecardRow& row, const QDate& day)
{
    std::optional<double> value;
    for (const ScorecardCell& cell : row.cells) {
        const auto period = Period::parse(cell.period);
        if (period && period->last < day && cell.value)
            value = cell.value;
    }
    return value;
}

int rank(Rag rag)
{
    switch (rag) {
    case Rag::Green:
        return 2;
    case Rag::Amber:
        return 1;
    case Rag::Red:
    case Rag::None:
        break;
    }
    return 0;
}

// Metrics that are red or amber on the closed periods and got there, or got worse, since the last meeting. With no
// last meeting every red or amber metric is news.
QList<AgendaItem> metricMovements(const Sources& s)
{
    ScorecardOptions options;
    const QDate start = s.since.isValid() && s.since < s.meetingOn ? s.since : s.meetingOn;
    options.from = QDate(start.year(), start.month(), 1).addMonths(-3);
    options.to = s.meetingOn;
    const QList<ScorecardRow> rows = Scorecard::build(s.workspace, options, s.error);
    QList<AgendaItem> items;
    for (const ScorecardRow& row : rows) {
        if (!row.group.isEmpty())
            continue;
        const auto now = closedValue(row, s.meetingOn);
        const Rag rag = Scorecard::rag(row.metric, now);
        if (rag != Rag::Red && rag != Rag::Amber)
            continue;
        if (s.last) {
            const auto then = closedValue(row, s.last->heldOn);
            if (then) {
                const double sign = row.metric.direction == MetricDirection::HigherIsBetter ? 1 : -1;
                const bool worse = rank(rag) < rank(Scorecard::rag(row.metric, then)) || (*now - *then) * sign < 0;
                if (!worse)
                    continue;
            }
        }
        const QString text =
            rag == Rag::Red ? tr("%1 is red: %2 against a target of %3") : tr("%1 is amber: %2 against a target of %3");
        items.append(item(AgendaItemKind::MetricMovement,
                          text.arg(row.metric.name, number(*now), number(row.metric.target)), 0, row.metric.id));
    }
    return items;
}

QList<AgendaItem> definitionChanges(const Sources& s)
{
    Filter filter;
    filter.where("version", 1, ">").order("changed_at");
    const QList<MetricVersion> versions = s.workspace.repository<MetricVersion>().list(filter, s.error);
    QList<AgendaItem> items;
    for (const MetricVersion& v : versions) {
        const QDate day = v.changedAt.toLocalTime().date();
        if (day <= s.since || day > s.meetingOn)
            continue;
        QString title = tr("Definition of “%1” changed (version %2)").arg(v.name).arg(v.version);
        if (!v.reason.trimmed().isEmpty())
            title += tr(": %1").arg(v.reason.trimmed());
        items.append(item(AgendaItemKind::DefinitionChange, title, 0, v.metricId));
    }
    return items;
}

QList<AgendaItem> recurrences(const Sources& s, const Options& options)
{
    QList<AgendaItem> items;
    for (const FrictionCase& c : s.openCases) {
        if (!c.raisedOn.isValid() || c.raisedOn <= s.since || c.raisedOn > s.meetingOn)
            continue;
        const QList<Recurrence::Match> matches =
            Recurrence::find(s.workspace, c, s.meetingOn, options.recurrenceWindowDays, s.error);
        if (!matches.isEmpty())
            items.append(
                item(AgendaItemKind::Recurrence,
                     tr("Came back: %1 (closed as “%2” on %3)")
                         .arg(c.title, matches.first().earlier.title, longDate(matches.first().earlier.closedOn)),
                     c.id));
    }
    return items;
}

QDate step(Cadence cadence, const QDate& from, int steps)
{
    switch (cadence) {
    case Cadence::Weekly:
        return from.addDays(7 * steps);
    case Cadence::Monthly:
        return from.addMonths(steps);
    case Cadence::Quarterly:
        return from.addMonths(3 * steps);
    }
    return from;
}

} // namespace

std::optional<ReviewMeeting> lastMeeting(Workspace& workspace, Id rhythmId, const QDate& before, QString* error)
{
    Filter filter;
    filter.where("rhythm_id", rhythmId)
        .where("status", MeetingStatus::Held)
        .where("held_on", before, "<")
        .order("held_on DESC")
        .first(1);
    const QList<ReviewMeeting> meetings = workspace.repository<ReviewMeeting>().list(filter, error);
    if (meetings.isEmpty())
        return std::nullopt;
    return meetings.first();
}

QDate nextDate(Cadence cadence, const QDate& from)
{
    return step(cadence, from, 1);
}

QDate proposedDate(Workspace& workspace, const OperatingRhythm& rhythm, QString* error)
{
    Filter filter;
    filter.where("rhythm_id", rhythm.id).order("held_on DESC").first(1);
    const QList<ReviewMeeting> latest = workspace.repository<ReviewMeeting>().list(filter, error);
    const QDate today = workspace.clock().today();
    if (latest.isEmpty() || !latest.first().heldOn.isValid())
        return today;
    return qMax(today, nextDate(rhythm.cadence, latest.first().heldOn));
}

QList<AgendaItem> build(Workspace& workspace, const OperatingRhythm& rhythm, const QDate& meetingOn, QString* error,
                        const Options& options)
{
    QString localError;
    QString* err = error ? error : &localError;
    err->clear();
    Sources s{workspace, rhythm, meetingOn, {}, lastMeeting(workspace, rhythm.id, meetingOn, err), {}, err};
    // With no earlier meeting, "since the last meeting" means one cadence step back.
    s.since = s.last ? s.last->heldOn : step(rhythm.cadence, meetingOn, -1);
    Filter open;
    open.where("status", CaseStatus::Open).where("archived", false);
    s.openCases = workspace.repository<FrictionCase>().list(open, err);
    if (!err->isEmpty())
        return {};

    QList<AgendaItem> agenda;
    using Source = QList<AgendaItem> (*)(const Sources&);
    for (Source source : {standing, caseReviews, escalations, overdueActions, metricMovements, definitionChanges}) {
        agenda += source(s);
        if (!err->isEmpty())
            return {};
    }
    agenda += recurrences(s, options);
    if (!err->isEmpty())
        return {};
    for (int i = 0; i < agenda.size(); ++i)
        agenda[i].sortOrder = i;
    return agenda;
}

} // namespace accord::AgendaBuilder
