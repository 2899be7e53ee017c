#include "AnswerCommands.h"

#include "commands/CompositeCommand.h"
#include "commands/EntityCommand.h"
#include "domain/Metric.h"
#include "domain/MetricValue.h"
#include "domain/Period.h"
#include "rhythm/Nps.h"
#include "rhythm/PulseSummary.h"

#include <QCoreApplication>
#include <algorithm>

namespace accord::AnswerCommands {
namespace {

// QObject::tr's parameters, so that lupdate reads the count of a plural message.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("accord::AnswerCommands", text, disambiguation, n);
}

template <typename T> QList<T> periodRows(Workspace& workspace, const QString& period, QString* error)
{
    Filter filter;
    filter.where("period", period);
    return workspace.repository<T>().list(filter, error);
}

// Queues the change of the metric's value for the period: written, updated or removed (when there is no value).
bool addValueChange(Workspace& workspace, const char* metricCode, const QString& period, std::optional<double> value,
                    const QString& note, QUndoCommand* parent, QString* error)
{
    Filter byCode;
    byCode.where("code", QString::fromLatin1(metricCode));
    const QList<Metric> metrics = workspace.repository<Metric>().list(byCode, error);
    if (!error->isEmpty())
        return false;
    // A workspace whose dictionary has no such metric still records answers.
    if (metrics.isEmpty())
        return true;
    Filter filter;
    filter.where("metric_id", metrics.first().id).where("period", period);
    const QList<MetricValue> existing = workspace.repository<MetricValue>().list(filter, error);
    if (!error->isEmpty())
        return false;
    std::optional<MetricValue> before;
    if (!existing.isEmpty())
        before = existing.first();
    std::optional<MetricValue> after;
    if (value) {
        after = before.value_or(MetricValue{});
        after->metricId = metrics.first().id;
        after->period = period;
        after->value = *value;
        after->note = note;
        after->enteredAt = workspace.clock().now();
        after->enteredBy = workspace.currentUser();
    }
    if (before || after)
        new EntityCommand<MetricValue>(workspace, before, after, QString(), parent);
    return true;
}

bool checkPeriod(const QString& period, QString* error)
{
    if (Period::parse(period) && !period.contains(QLatin1Char('Q')))
        return true;
    *error = tr("“%1” is not a month such as 2026-05.").arg(period);
    return false;
}

std::unique_ptr<QUndoCommand> npsChange(Workspace& workspace, std::optional<NpsAnswer> before,
                                        std::optional<NpsAnswer> after, const QString& text, QString* error)
{
    const QString period = after ? after->period : before->period;
    if (!checkPeriod(period, error))
        return nullptr;
    QList<NpsAnswer> answers = periodRows<NpsAnswer>(workspace, period, error);
    if (!error->isEmpty())
        return nullptr;
    if (before)
        answers.removeIf([id = before->id](const NpsAnswer& a) { return a.id == id; });
    if (after)
        answers.append(*after);
    const NpsResult result = NpsResult::of(answers);
    auto command = std::make_unique<CompositeCommand>(workspace, text);
    new EntityCommand<NpsAnswer>(workspace, before, after, QString(), command.get());
    if (!addValueChange(workspace, NpsMetric, period, result.score,
                        tr("Computed from %n survey answer(s)", nullptr, result.answers), command.get(), error))
        return nullptr;
    return command;
}

std::unique_ptr<QUndoCommand> pulseChange(Workspace& workspace, std::optional<PulseEntry> before,
                                          std::optional<PulseEntry> after, const QString& text, QString* error)
{
    const QString period = after ? after->period : before->period;
    if (!checkPeriod(period, error))
        return nullptr;
    QList<PulseEntry> entries = periodRows<PulseEntry>(workspace, period, error);
    if (!error->isEmpty())
        return nullptr;
    if (before)
        entries.removeIf([id = before->id](const PulseEntry& e) { return e.id == id; });
    if (after)
        entries.append(*after);
    auto command = std::make_unique<CompositeCommand>(workspace, text);
    new EntityCommand<PulseEntry>(workspace, before, after, QString(), command.get());
    if (!addValueChange(workspace, PulseMetric, period, pulseScore(entries),
                        tr("Computed from %n pulse answer(s)", nullptr, int(entries.size())), command.get(), error))
        return nullptr;
    return command;
}

template <typename T> std::optional<T> existing(Workspace& workspace, Id id, QString* error)
{
    auto found = workspace.repository<T>().find(id, error);
    if (!found && error->isEmpty())
        *error = tr("The answer no longer exists.");
    return found;
}

} // namespace

std::unique_ptr<QUndoCommand> addNps(Workspace& workspace, const NpsAnswer& answer, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    err->clear();
    if (answer.score < 0 || answer.score > 10) {
        *err = tr("A likelihood to recommend is a whole number from 0 to 10.");
        return nullptr;
    }
    NpsAnswer fresh = answer;
    fresh.id = 0;
    if (!fresh.answeredOn.isValid())
        fresh.answeredOn = workspace.clock().today();
    return npsChange(workspace, std::nullopt, fresh, tr("Record an NPS answer of %1").arg(fresh.score), err);
}

std::unique_ptr<QUndoCommand> removeNps(Workspace& workspace, Id answerId, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    err->clear();
    const auto answer = existing<NpsAnswer>(workspace, answerId, err);
    if (!answer)
        return nullptr;
    return npsChange(workspace, answer, std::nullopt, tr("Remove an NPS answer of %1").arg(answer->score), err);
}

std::unique_ptr<QUndoCommand> addPulse(Workspace& workspace, const PulseEntry& entry, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    err->clear();
    if (entry.personId == 0 || entry.teamId == 0) {
        *err = tr("Say who answered the pulse and for which team.");
        return nullptr;
    }
    PulseEntry fresh = entry;
    fresh.id = 0;
    if (!fresh.answeredOn.isValid())
        fresh.answeredOn = workspace.clock().today();
    return pulseChange(workspace, std::nullopt, fresh, tr("Record a pulse answer"), err);
}

std::unique_ptr<QUndoCommand> removePulse(Workspace& workspace, Id entryId, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    err->clear();
    const auto entry = existing<PulseEntry>(workspace, entryId, err);
    if (!entry)
        return nullptr;
    return pulseChange(workspace, entry, std::nullopt, tr("Remove a pulse answer"), err);
}

std::optional<double> pulseScore(const QList<PulseEntry>& entries)
{
    // The company is one group: the per-team summary over entries that all name the same team.
    QList<PulseEntry> company = entries;
    for (PulseEntry& e : company) {
        e.teamId = 0;
        e.period.clear();
    }
    const QList<PulseSummary> summary = PulseSummary::byTeamAndPeriod(company);
    return summary.isEmpty() ? std::nullopt : summary.first().score;
}

QList<NpsAnswer> detractors(const QList<NpsAnswer>& answers)
{
    QList<NpsAnswer> list;
    for (const NpsAnswer& a : answers)
        if (a.score >= 0 && NpsResult::isDetractor(a))
            list.append(a);
    std::stable_sort(list.begin(), list.end(), [](const NpsAnswer& a, const NpsAnswer& b) {
        const bool aSaid = !a.doBetter.trimmed().isEmpty();
        const bool bSaid = !b.doBetter.trimmed().isEmpty();
        if (a.score != b.score)
            return a.score < b.score;
        return aSaid && !bSaid;
    });
    return list;
}

} // namespace accord::AnswerCommands
