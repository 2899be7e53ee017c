#include "DemoValues.h"

#include "DemoContext.h"
#include "domain/MetricValue.h"
#include "domain/NpsAnswer.h"
#include "domain/PulseEntry.h"

#include <cmath>

namespace accord::demo {
namespace {

constexpr int kMonths = 6;

const char* const kPulseOneThings[] = {
    "Agree the MQL definition once and stop relitigating it",
    "Share the campaign calendar before launch, not after",
    "Fewer side spreadsheets in the forecast call",
    "Tell us why leads get rejected, every time",
    "Bring CS into late-stage deals earlier",
    "One pipeline number in every deck",
    "Faster answers on routing exceptions",
    "Keep the battlecards current with what buyers ask",
    "Decide the attribution model; the budget is waiting",
    "Give onboarding the success plan at handoff",
    "Less time reconciling reports, more time with customers",
    "Keep the weekly review to thirty minutes",
};

const char* const kAccounts[] = {
    "Brightwave Logistics", "Corvid Health",      "Halden Retail Group", "Kestrel Insurance",      "Mosaic Foods",
    "Northgate Energy",     "Orbis Travel",       "Pinecrest Bank",      "Quillon Media",          "Redfern Pharma",
    "Sable Analytics",      "Tidewater Shipping", "Umbra Security",      "Vantage Apparel",        "Westmark Telecom",
    "Yarrow Education",     "Zephyr Mobility",    "Alder & Finch",       "Bluestem Manufacturing", "Cobalt Fintech",
};

const char* const kFirstNames[] = {"Alex", "Sam",  "Jordan",   "Maria", "Chen", "Fatima", "Lars",  "Ines",
                                   "Kofi", "Yuki", "Priyanka", "Tomás", "Olga", "Nadia",  "Ethan", "Leila"};
const char* const kLastNames[] = {"Andersen", "Brooks", "Costa",  "Dimitrov", "Eriksen", "Fischer", "García",
                                  "Hughes",   "Iyer",   "Jansen", "Kowalski", "Lopez",   "Murphy",  "Novak"};

const char* const kDoBetter[] = {
    "Onboarding took longer than promised in the sales process.",
    "The SAP connector is still missing.",
    "Release changes arrive without warning.",
    "Support response times vary a lot.",
    "Pricing for extra pipelines is hard to predict.",
    "We were passed between three contacts before renewal.",
    "Documentation lags behind the product.",
};

const char* const kDoWell[] = {
    "Pipelines just run; we stopped babysitting them.",
    "Our CSM knows our setup and our goals.",
    "Fast, knowledgeable support engineers.",
    "The lakehouse connector saved us a quarter of work.",
    "Clear monthly usage reports.",
    "The preview sessions before releases are very useful.",
};

struct TrendSpec
{
    const char* metric;
    double first;
    double last;
    double jitter;
    int decimals; // values are entered rounded to this many decimals; −3 for thousands
    const char* enteredBy;
    const char* note;
};

const TrendSpec kTrends[] = {
    {"forecast_accuracy", 68, 86, 2.5, 0, "revops", "Commit at the start of the month against closed revenue"},
    {"message_adoption", 18, 24, 2, 0, "pmm", "Twenty call recordings reviewed"},
    {"time_to_value", 64, 55, 2, 0, "csdir", "Median over the month's new customers"},
    {"retention_rate", 86.5, 89.8, 0.6, 1, "csdir", "Gross revenue retention from the finance close"},
    {"expansion_revenue", 110000, 165000, 12000, -3, "csdir", "Upsell and cross-sell booked in the month"},
    {"customer_lifetime_value", 96000, 104000, 1500, -3, "cfo", "Trailing twelve months"},
    {"revenue_efficiency", 58, 74, 3, 0, "cfo", "New ARR against sales and marketing cost"},
    {"reporting_consistency", 55, 88, 3, 0, "salesops", "Headline figures compared across CRM, marketing and finance"},
    {"attribution_completeness", 58, 63, 1.5, 0, "mops", "Opportunities with a source campaign"},
    {"revenue_attainment", 88, 97, 3, 0, "cfo", "Closed revenue against the monthly target"},
};

// How far along the six months a month is: 0 for the oldest, 1 for the last full month.
double progressOf(int monthsAgo)
{
    return double(kMonths - monthsAgo) / (kMonths - 1);
}

double lerp(double from, double to, double progress)
{
    return from + (to - from) * progress;
}

// A net score from −100 to 100: the share of favourable answers less the share of unfavourable ones.
double netScore(int favourable, int unfavourable, int total)
{
    return total == 0 ? 0 : std::round(100.0 * (favourable - unfavourable) / total);
}

bool addValue(DemoContext& context, const char* metric, QDate month, double value, const char* enteredBy,
              const QString& note)
{
    MetricValue entry;
    entry.metricId = context.id(Vocabulary::Metric, metric);
    entry.period = DemoContext::period(month);
    entry.value = value;
    entry.note = note;
    // Values are entered in the first days after the month closes.
    entry.enteredAt = qMin(DemoContext::at(month.addMonths(1).addDays(2), 10), context.now());
    entry.enteredBy = context.person(enteredBy).name;
    return context.insert(entry);
}

const DemoContext::MeetingRef* monthlyReviewIn(const DemoContext& context, QDate month)
{
    for (const DemoContext::MeetingRef& meeting : context.meetings())
        if (meeting.held && meeting.rhythm == QLatin1String("monthly_revenue") && meeting.date.year() == month.year() &&
            meeting.date.month() == month.month())
            return &meeting;
    return nullptr;
}

int npsScore(DemoContext& context, double progress)
{
    const double promoters = lerp(0.38, 0.50, progress);
    const double detractors = lerp(0.28, 0.17, progress);
    const double draw = context.uniform(0, 1);
    if (draw < promoters)
        return context.between(9, 10);
    if (draw < promoters + detractors)
        return context.chance(0.2) ? context.between(0, 2) : context.between(3, 6);
    return context.between(7, 8);
}

} // namespace

bool addPulse(DemoContext& context)
{
    for (int monthsAgo = kMonths; monthsAgo >= 1; --monthsAgo) {
        const QDate month = context.monthStart(monthsAgo);
        const double progress = progressOf(monthsAgo);
        const double worse = lerp(0.34, 0.10, progress);
        const double better = lerp(0.22, 0.52, progress);
        const DemoContext::MeetingRef* review = monthlyReviewIn(context, month);
        int favourable = 0;
        int unfavourable = 0;
        for (const DemoContext::PersonRef& person : context.people()) {
            PulseEntry entry;
            entry.meetingId = review ? review->id : 0;
            entry.period = DemoContext::period(month);
            entry.personId = person.id;
            entry.teamId = person.teamId;
            const double draw = context.uniform(0, 1);
            entry.rating = draw < worse            ? PulseRating::Worse
                           : draw < worse + better ? PulseRating::Better
                                                   : PulseRating::Same;
            favourable += entry.rating == PulseRating::Better;
            unfavourable += entry.rating == PulseRating::Worse;
            entry.oneThing = QString::fromUtf8(context.pick(kPulseOneThings));
            // The pulse is answered in the days before the monthly review discusses it.
            entry.answeredOn =
                review ? review->date.addDays(-context.between(1, 4)) : month.addDays(context.between(18, 25));
            if (!context.insert(entry))
                return false;
        }
        if (!addValue(context, "pulse_score", month, netScore(favourable, unfavourable, int(context.people().size())),
                      "revops", QStringLiteral("Computed from the month's pulse answers")))
            return false;
    }
    return true;
}

bool addNps(DemoContext& context)
{
    for (int monthsAgo = kMonths; monthsAgo >= 1; --monthsAgo) {
        const QDate month = context.monthStart(monthsAgo);
        const double progress = progressOf(monthsAgo);
        const int count = context.between(30, 60);
        int promoters = 0;
        int detractors = 0;
        for (int i = 0; i < count; ++i) {
            NpsAnswer answer;
            answer.period = DemoContext::period(month);
            answer.account = QString::fromUtf8(context.pick(kAccounts));
            answer.respondent = QStringLiteral("%1 %2").arg(QString::fromUtf8(context.pick(kFirstNames)),
                                                            QString::fromUtf8(context.pick(kLastNames)));
            answer.score = npsScore(context, progress);
            promoters += answer.score >= 9;
            detractors += answer.score <= 6;
            // Promoters mostly say what works; detractors what to fix. Passives say a bit of both.
            if (answer.score <= 8)
                answer.doBetter = QString::fromUtf8(context.pick(kDoBetter));
            if (answer.score >= 7)
                answer.doWell = QString::fromUtf8(context.pick(kDoWell));
            answer.answeredOn = month.addDays(context.between(0, month.daysInMonth() - 1));
            if (!context.insert(answer))
                return false;
        }
        if (!addValue(context, "nps", month, netScore(promoters, detractors, count), "csdir",
                      QStringLiteral("Computed from %1 survey answers").arg(count)))
            return false;
    }
    return true;
}

bool addMetricValues(DemoContext& context)
{
    for (const TrendSpec& trend : kTrends) {
        for (int monthsAgo = kMonths; monthsAgo >= 1; --monthsAgo) {
            const double raw =
                lerp(trend.first, trend.last, progressOf(monthsAgo)) + context.uniform(-trend.jitter, trend.jitter);
            const double scale = std::pow(10.0, trend.decimals);
            if (!addValue(context, trend.metric, context.monthStart(monthsAgo), std::round(raw * scale) / scale,
                          trend.enteredBy, QString::fromUtf8(trend.note)))
                return false;
        }
    }
    return true;
}

} // namespace accord::demo
