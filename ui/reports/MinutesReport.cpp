#include "MinutesReport.h"

#include "ReportBuilder.h"
#include "ReportContext.h"
#include "TextSection.h"
#include "reviews/MeetingMinutes.h"

#include <QTextDocument>

namespace accord {

std::unique_ptr<ReportSection> MinutesReport::section(const ReportContext& context, const MeetingMinutes& minutes)
{
    auto document = std::make_unique<QTextDocument>();
    ReportBuilder builder(document.get());
    write(builder, context, minutes);
    return std::make_unique<TextSection>(minutes.meeting.title, std::move(document));
}

void MinutesReport::write(ReportBuilder& b, const ReportContext& context, const MeetingMinutes& minutes)
{
    const ReviewMeeting& meeting = minutes.meeting;
    b.title(meeting.title);
    QStringList facts;
    if (!minutes.rhythmName.isEmpty())
        facts << minutes.rhythmName;
    facts << (meeting.heldOn.isValid() ? context.date(meeting.heldOn) : tr("no date")) << displayName(meeting.status);
    b.subtitle(facts.join(QStringLiteral(" · ")));
    b.fields({
        {tr("Facilitator"), minutes.facilitator},
        {tr("Attendees"), minutes.attendees.join(QStringLiteral(", "))},
    });

    int done = 0;
    QList<QStringList> agenda;
    for (const MeetingMinutes::Item& i : minutes.agenda) {
        done += i.item.done;
        agenda.append({i.item.done ? tr("Done") : tr("Open"), displayName(i.item.kind), i.item.title, i.item.note});
    }
    b.heading(tr("Agenda"));
    if (agenda.isEmpty()) {
        b.paragraph(tr("No agenda items."));
    } else {
        b.paragraph(tr("%1 of %2 items done.").arg(done).arg(agenda.size()));
        b.table({tr("Done"), tr("Kind"), tr("Item"), tr("Note")}, agenda, {9, 17, 46, 28});
    }

    b.heading(tr("Decisions"));
    if (minutes.decisions.isEmpty())
        b.paragraph(tr("No decisions recorded."));
    for (int n = 0; n < minutes.decisions.size(); ++n) {
        const MeetingMinutes::DecisionLine& d = minutes.decisions.at(n);
        // Under the section's heading each decision is named by the case it settles.
        b.box(d.caseTitle.isEmpty() ? tr("Decision %1 of %2").arg(n + 1).arg(minutes.decisions.size()) : d.caseTitle,
              {
                  {tr("Decision"), d.decision.text},
                  {tr("Owner"), d.owner},
                  {tr("Decided"), context.date(d.decision.decidedOn)},
                  {tr("Status"), displayName(d.decision.status)},
              },
              ReportBuilder::HeadingLevel::Item);
    }

    b.heading(tr("Experiments"));
    if (minutes.experiments.isEmpty()) {
        b.paragraph(tr("No experiments agreed."));
    } else {
        QList<QStringList> experiments;
        for (const MeetingMinutes::ExperimentLine& e : minutes.experiments)
            experiments.append({e.experiment.hypothesis, e.owner, e.metricName, context.date(e.experiment.endOn),
                                displayName(e.experiment.status)});
        b.table({tr("Hypothesis"), tr("Owner"), tr("Metric"), tr("Ends"), tr("Status")}, experiments,
                {40, 16, 18, 13, 13});
    }

    if (!minutes.pulse.isEmpty()) {
        b.heading(tr("Pulse"));
        QList<QStringList> rows;
        for (const MeetingMinutes::PulseLine& line : minutes.pulse) {
            const PulseSummary& s = line.summary;
            rows.append({line.team, QString::number(s.better), QString::number(s.same), QString::number(s.worse),
                         s.score ? QString::number(qRound(*s.score)) : QString()});
        }
        b.table({tr("Team"), tr("Better"), tr("Same"), tr("Worse"), tr("Score")}, rows, {40, 15, 15, 15, 15});
        if (!minutes.oneThings.isEmpty()) {
            b.label(tr("To improve next month"));
            for (const QString& thing : minutes.oneThings)
                b.paragraph(thing);
        }
    }

    b.heading(tr("Minutes"));
    const QString text = meeting.minutes.trimmed();
    if (text.isEmpty())
        b.paragraph(tr("No minutes written."));
    // Each paragraph the facilitator typed stays a paragraph of its own.
    for (const QString& paragraph : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        b.paragraph(paragraph.trimmed());
}

} // namespace accord
