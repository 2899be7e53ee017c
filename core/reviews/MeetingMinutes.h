#pragma once

#include "domain/AgendaItem.h"
#include "domain/Decision.h"
#include "domain/Experiment.h"
#include "domain/ReviewMeeting.h"
#include "rhythm/PulseSummary.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace accord {

class Workspace;

// Everything the minutes of one review meeting say, with the names of the people, cases and metrics they refer to
// already looked up: the one document that each way of writing minutes out (Markdown here, PDF in the reports)
// renders.
struct MeetingMinutes
{
    struct Item
    {
        AgendaItem item;
        QString caseTitle;
        QString metricName;
    };
    struct DecisionLine
    {
        Decision decision;
        QString owner;
        QString caseTitle;
    };
    struct ExperimentLine
    {
        Experiment experiment;
        QString owner;
        QString metricName;
    };
    struct PulseLine
    {
        PulseSummary summary;
        QString team;
    };

    ReviewMeeting meeting;
    QString rhythmName;
    QString facilitator;
    QStringList attendees;
    QList<Item> agenda;
    QList<DecisionLine> decisions;
    QList<ExperimentLine> experiments;
    // The pulse taken in the meeting, team by team, and the one thing each participant named to improve.
    QList<PulseLine> pulse;
    QStringList oneThings;

    static std::optional<MeetingMinutes> build(Workspace& workspace, Id meetingId, QString* error);
    // The minutes as a Markdown document.
    QString toMarkdown() const;
    // One team's pulse in a sentence.
    static QString pulseText(const PulseLine& line);
};

} // namespace accord
