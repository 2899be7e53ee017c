#include "MeetingMinutes.h"

#include "domain/FrictionCase.h"
#include "domain/Metric.h"
#include "domain/OperatingRhythm.h"
#include "domain/Person.h"
#include "domain/Team.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace accord {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::MeetingMinutes", text);
}

template <typename T> QHash<Id, QString> names(Workspace& workspace, QString T::*member, QString* error)
{
    QHash<Id, QString> byId;
    for (const T& row : workspace.repository<T>().list({}, error))
        byId.insert(row.id, row.*member);
    return byId;
}

template <typename T> QList<T> ofMeeting(Workspace& workspace, Id meetingId, QString* error)
{
    Filter filter;
    filter.where("meeting_id", meetingId);
    return workspace.repository<T>().list(filter, error);
}

// Markdown treats a few characters as markup; written text must come out as typed.
QString escaped(QString text)
{
    static const QString special = QStringLiteral("\\`*_[]#|<>");
    QString out;
    for (const QChar c : text.simplified()) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString date(const QDate& day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::LongFormat)
                         : QCoreApplication::translate("accord::MeetingMinutes", "no date");
}

} // namespace

std::optional<MeetingMinutes> MeetingMinutes::build(Workspace& workspace, Id meetingId, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    err->clear();
    const auto meeting = workspace.repository<ReviewMeeting>().find(meetingId, err);
    if (!meeting) {
        if (err->isEmpty())
            *err = tr("The meeting no longer exists.");
        return std::nullopt;
    }
    const QHash<Id, QString> people = names<Person>(workspace, &Person::name, err);
    const QHash<Id, QString> cases = names<FrictionCase>(workspace, &FrictionCase::title, err);
    const QHash<Id, QString> metrics = names<Metric>(workspace, &Metric::name, err);
    MeetingMinutes minutes;
    minutes.meeting = *meeting;
    if (const auto rhythm = workspace.repository<OperatingRhythm>().find(meeting->rhythmId, err))
        minutes.rhythmName = rhythm->name;
    minutes.facilitator = people.value(meeting->facilitatorId);
    for (Id id : meeting->attendeeIds)
        minutes.attendees << people.value(id);
    for (const AgendaItem& item : ofMeeting<AgendaItem>(workspace, meetingId, err))
        minutes.agenda.append({item, cases.value(item.caseId), metrics.value(item.metricId)});
    for (const Decision& d : ofMeeting<Decision>(workspace, meetingId, err))
        minutes.decisions.append({d, people.value(d.ownerId), cases.value(d.caseId)});
    for (const Experiment& e : ofMeeting<Experiment>(workspace, meetingId, err))
        minutes.experiments.append({e, people.value(e.ownerId), metrics.value(e.metricId)});
    const QList<PulseEntry> pulse = ofMeeting<PulseEntry>(workspace, meetingId, err);
    const QHash<Id, QString> teams = names<Team>(workspace, &Team::name, err);
    for (const PulseSummary& s : PulseSummary::byTeamAndPeriod(pulse))
        minutes.pulse.append({s, teams.value(s.teamId)});
    for (const PulseEntry& e : pulse)
        if (!e.oneThing.trimmed().isEmpty())
            minutes.oneThings << tr("%1 (%2)").arg(e.oneThing.trimmed(), people.value(e.personId));
    if (!err->isEmpty())
        return std::nullopt;
    return minutes;
}

QString MeetingMinutes::pulseText(const PulseLine& line)
{
    const PulseSummary& s = line.summary;
    return tr("%1: %2 better, %3 same, %4 worse (score %5)")
        .arg(line.team.isEmpty() ? tr("No team") : line.team)
        .arg(s.better)
        .arg(s.same)
        .arg(s.worse)
        .arg(s.score ? QString::number(qRound(*s.score)) : tr("none"));
}

QString MeetingMinutes::toMarkdown() const
{
    QString md;
    md += QStringLiteral("# %1\n\n").arg(escaped(meeting.title));
    if (!rhythmName.isEmpty())
        md += tr("**Rhythm:** %1  \n").arg(escaped(rhythmName));
    md += tr("**Date:** %1  \n").arg(date(meeting.heldOn));
    md += tr("**Status:** %1  \n").arg(displayName(meeting.status));
    if (!facilitator.isEmpty())
        md += tr("**Facilitator:** %1  \n").arg(escaped(facilitator));
    md += tr("**Attendees:** %1\n").arg(attendees.isEmpty() ? tr("none recorded") : escaped(attendees.join(tr(", "))));

    md += QStringLiteral("\n## %1\n\n").arg(tr("Agenda"));
    if (agenda.isEmpty())
        md += tr("No agenda items.") + QLatin1Char('\n');
    for (const Item& i : agenda) {
        md += QStringLiteral("- [%1] %2 — %3")
                  .arg(i.item.done ? QStringLiteral("x") : QStringLiteral(" "), displayName(i.item.kind),
                       escaped(i.item.title));
        if (!i.item.note.trimmed().isEmpty())
            md += QStringLiteral("  \n  ") + escaped(i.item.note);
        md += QLatin1Char('\n');
    }

    md += QStringLiteral("\n## %1\n\n").arg(tr("Decisions"));
    if (decisions.isEmpty())
        md += tr("No decisions recorded.") + QLatin1Char('\n');
    for (const DecisionLine& d : decisions) {
        md += QStringLiteral("- %1  \n  ").arg(escaped(d.decision.text));
        QStringList facts{tr("Owner: %1").arg(escaped(d.owner)), tr("Decided: %1").arg(date(d.decision.decidedOn)),
                          tr("Status: %1").arg(displayName(d.decision.status))};
        if (!d.caseTitle.isEmpty())
            facts << tr("Case: %1").arg(escaped(d.caseTitle));
        md += facts.join(QStringLiteral(" · ")) + QLatin1Char('\n');
    }

    md += QStringLiteral("\n## %1\n\n").arg(tr("Experiments"));
    if (experiments.isEmpty())
        md += tr("No experiments agreed.") + QLatin1Char('\n');
    for (const ExperimentLine& e : experiments) {
        md += QStringLiteral("- %1  \n  ").arg(escaped(e.experiment.hypothesis));
        md += QStringList{tr("Owner: %1").arg(escaped(e.owner)), tr("Metric: %1").arg(escaped(e.metricName)),
                          tr("Ends: %1").arg(date(e.experiment.endOn)),
                          tr("Status: %1").arg(displayName(e.experiment.status))}
                  .join(QStringLiteral(" · "));
        md += QLatin1Char('\n');
    }

    if (!pulse.isEmpty()) {
        md += QStringLiteral("\n## %1\n\n").arg(tr("Pulse"));
        for (const PulseLine& p : pulse)
            md += QStringLiteral("- %1\n").arg(escaped(pulseText(p)));
        for (const QString& thing : oneThings)
            md += QStringLiteral("- %1\n").arg(tr("To improve: %1").arg(escaped(thing)));
    }

    md += QStringLiteral("\n## %1\n\n").arg(tr("Minutes"));
    md += meeting.minutes.trimmed().isEmpty() ? tr("No minutes written.") : meeting.minutes.trimmed();
    md += QLatin1Char('\n');
    return md;
}

} // namespace accord
