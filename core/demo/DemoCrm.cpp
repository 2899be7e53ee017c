#include "DemoCrm.h"

#include "DemoContext.h"
#include "domain/CrmImport.h"
#include "domain/CrmRecord.h"
#include "domain/RejectReason.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <vector>

namespace accord::demo {
namespace {

struct SourceSpec
{
    const char* name;
    int weight;
    double mqlRate;
};

const SourceSpec kSources[] = {
    {"Web", 28, 0.62},     {"Paid search", 20, 0.52}, {"Events", 12, 0.55},
    {"Partner", 10, 0.70}, {"Outbound", 18, 0.48},    {"Webinar", 12, 0.60},
};

struct SegmentSpec
{
    const char* name;
    int weight;
    std::vector<const char*> reps;
    double amountLow;
    double amountHigh;
    int cycleLow; // days from opportunity to close
    int cycleHigh;
    double winRate;
};

const SegmentSpec kSegments[] = {
    {"SMB", 45, {"ae_smb"}, 8000, 25000, 20, 45, 0.27},
    {"Mid-market", 38, {"ae_mm1", "ae_mm2"}, 30000, 90000, 35, 75, 0.23},
    {"Enterprise", 17, {"ae_ent"}, 120000, 400000, 60, 140, 0.18},
};

// A probability before the funnel decision and once it has fully taken effect.
struct Rate
{
    double before;
    double after;
};

const Rate kSlaBreach{0.36, 0.11};
const Rate kNeverTouched{0.08, 0.02};
const Rate kAccepted{0.56, 0.76};
const Rate kQualified{0.44, 0.54};
const Rate kWinLift{0.0, 0.04};
constexpr double kOpportunityRate = 0.9;
// Weeks pass before a new definition and SLA show in the numbers: reps learn it, queues drain.
constexpr int kRampDays = 21;
constexpr int kFirstTouchSlaHours = 24;

const char* const kNurtureOwner = "Nurture queue";
const char* const kMarketingTeam = "Marketing";
const char* const kSalesTeam = "Sales";

template <typename T, std::size_t N> const T& weighted(DemoContext& context, const T (&items)[N])
{
    int total = 0;
    for (const T& item : items)
        total += item.weight;
    int draw = context.between(1, total);
    for (const T& item : items) {
        draw -= item.weight;
        if (draw <= 0)
            return item;
    }
    return items[N - 1];
}

class FunnelGenerator
{
public:
    FunnelGenerator(DemoContext& context, QStringList rejectReasons)
        : m_context(context), m_rejectReasons(std::move(rejectReasons))
    {}

    void addDay(QDate day);
    QList<CrmRecord> records() const { return m_leads + m_opportunities; }

private:
    double rate(const Rate& rate, QDate day) const;
    bool reached(QDateTime* stage, const QDateTime& previous, double hoursLow, double hoursHigh);
    void addLead(const QDateTime& createdAt);
    void addOpportunity(const CrmRecord& lead, const SegmentSpec& segment, double winLift);

    DemoContext& m_context;
    QStringList m_rejectReasons;
    QList<CrmRecord> m_leads;
    QList<CrmRecord> m_opportunities;
};

double FunnelGenerator::rate(const Rate& rate, QDate day) const
{
    const QDate fixedOn = m_context.funnelFixedOn();
    const double progress = fixedOn.isValid() ? std::clamp(fixedOn.daysTo(day) / double(kRampDays), 0.0, 1.0) : 0.0;
    return rate.before + (rate.after - rate.before) * progress;
}

// Sets the time a record reached the next stage, some hours after the previous one, unless that is still ahead.
bool FunnelGenerator::reached(QDateTime* stage, const QDateTime& previous, double hoursLow, double hoursHigh)
{
    const QDateTime at = previous.addSecs(qint64(m_context.uniform(hoursLow, hoursHigh) * 3600));
    if (at > m_context.now())
        return false;
    *stage = at;
    return true;
}

void FunnelGenerator::addDay(QDate day)
{
    const bool weekend = day.dayOfWeek() >= Qt::Saturday;
    const int count = weekend ? m_context.between(3, 8) : m_context.between(16, 24);
    for (int i = 0; i < count; ++i) {
        const QDateTime createdAt = DemoContext::at(day, m_context.uniform(7, 21));
        if (createdAt <= m_context.now())
            addLead(createdAt);
    }
}

void FunnelGenerator::addLead(const QDateTime& createdAt)
{
    const SourceSpec& source = weighted(m_context, kSources);
    const SegmentSpec& segment = weighted(m_context, kSegments);
    const QDate day = createdAt.date();
    CrmRecord lead;
    lead.kind = CrmRecordKind::Lead;
    lead.externalId = QStringLiteral("LD-%1").arg(100001 + m_leads.size());
    lead.createdAt = lead.inquiryAt = createdAt;
    lead.source = QLatin1String(source.name);
    lead.segment = QLatin1String(segment.name);
    lead.owner = QLatin1String(kNurtureOwner);
    lead.team = QLatin1String(kMarketingTeam);
    lead.stageReached = QStringLiteral("inquiry");
    m_leads.append(lead);
    CrmRecord& record = m_leads.last();

    if (!m_context.chance(source.mqlRate) || !reached(&record.mqlAt, createdAt, 0.5, 72))
        return;
    record.stageReached = QStringLiteral("mql");
    record.owner = m_context.person(m_context.pick(segment.reps)).name;
    record.team = QLatin1String(kSalesTeam);
    if (m_context.chance(rate(kNeverTouched, day)))
        return;
    const bool breach = m_context.chance(rate(kSlaBreach, day));
    if (!reached(&record.firstTouchAt, record.mqlAt, breach ? kFirstTouchSlaHours + 0.5 : 0.2,
                 breach ? 110 : kFirstTouchSlaHours - 0.5))
        return;
    if (!m_context.chance(rate(kAccepted, day))) {
        record.rejectReason = m_context.pick(m_rejectReasons);
        return;
    }
    if (!reached(&record.salAt, record.firstTouchAt, 0.5, 24))
        return;
    record.stageReached = QStringLiteral("sal");
    if (!m_context.chance(rate(kQualified, day)) || !reached(&record.sqlAt, record.salAt, 2 * 24, 12 * 24))
        return;
    record.stageReached = QStringLiteral("sql");
    if (!m_context.chance(kOpportunityRate) || !reached(&record.opportunityAt, record.sqlAt, 24, 6 * 24))
        return;
    record.stageReached = QStringLiteral("opportunity");
    addOpportunity(record, segment, rate(kWinLift, day));
}

void FunnelGenerator::addOpportunity(const CrmRecord& lead, const SegmentSpec& segment, double winLift)
{
    CrmRecord opportunity;
    opportunity.kind = CrmRecordKind::Opportunity;
    opportunity.externalId = QStringLiteral("OP-%1").arg(20001 + m_opportunities.size());
    opportunity.parentExternalId = lead.externalId;
    opportunity.createdAt = opportunity.opportunityAt = lead.opportunityAt;
    opportunity.source = lead.source;
    opportunity.segment = lead.segment;
    opportunity.owner = lead.owner;
    opportunity.team = lead.team;
    opportunity.stageReached = QStringLiteral("opportunity");
    // Deal sizes are quoted in round five hundreds.
    opportunity.amount = std::round(m_context.uniform(segment.amountLow, segment.amountHigh) / 500) * 500;
    const QDateTime closeAt = lead.opportunityAt.addDays(m_context.between(segment.cycleLow, segment.cycleHigh));
    opportunity.closeDate = closeAt.date();
    if (closeAt <= m_context.now()) {
        if (m_context.chance(segment.winRate + winLift)) {
            opportunity.wonAt = closeAt;
            opportunity.stageReached = QStringLiteral("revenue");
        } else {
            opportunity.lostAt = closeAt;
        }
    }
    m_opportunities.append(opportunity);
}

QStringList rejectReasonNames(DemoContext& context)
{
    QStringList names;
    for (const RejectReason& reason : context.list<RejectReason>())
        if (reason.active)
            names << reason.name;
    return names;
}

} // namespace

bool addCrmRecords(DemoContext& context)
{
    const QStringList reasons = rejectReasonNames(context);
    if (!context.ok())
        return false;
    if (reasons.isEmpty())
        return context.fail(QCoreApplication::translate(
            "accord::DemoWorkspace", "The demo needs at least one reject reason in the catalogue, and there is none."));

    FunnelGenerator funnel(context, reasons);
    for (QDate day = context.monthStart(6); day <= context.today(); day = day.addDays(1))
        funnel.addDay(day);
    QList<CrmRecord> records = funnel.records();

    CrmImport run;
    run.fileName = QStringLiteral("crm-export-%1.csv").arg(context.today().toString(Qt::ISODate));
    run.importedAt = context.now();
    run.importedBy = context.person("salesops").name;
    run.timeZone = QStringLiteral("America/New_York");
    run.rowsRead = run.rowsImported = int(records.size());
    if (!context.insert(run))
        return false;
    for (CrmRecord& record : records) {
        record.importId = run.id;
        if (!context.insert(record))
            return false;
    }
    return true;
}

} // namespace accord::demo
