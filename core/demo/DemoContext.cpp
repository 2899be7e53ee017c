#include "DemoContext.h"

#include "domain/CatalogEntry.h"
#include "domain/ConflictPattern.h"
#include "domain/FrictionType.h"
#include "domain/FunnelStage.h"
#include "domain/Metric.h"
#include "domain/OperatingRhythm.h"
#include "domain/Team.h"

#include <QCoreApplication>
#include <cstdlib>

namespace accord::demo {
namespace {

// The seed is fixed so that a demo made on a given day is the same on every machine.
constexpr quint32 kSeed = 20240917;

// Table names, for the message that says which catalogue entry is missing.
constexpr std::array<const char*, 9> kVocabularyTables = {
    "teams",         "metrics",        "root_cause_categories", "data_trust_signals", "shared_outcomes",
    "funnel_stages", "friction_types", "conflict_patterns",     "operating_rhythms"};

template <typename T> QHash<QString, Id> codesOf(Workspace& workspace, QString* error)
{
    QHash<QString, Id> codes;
    for (const T& row : workspace.repository<T>().list({}, error))
        codes.insert(row.code, row.id);
    return codes;
}

} // namespace

DemoContext::DemoContext(Workspace& workspace)
    : m_workspace(workspace), m_now(workspace.clock().now().toUTC()), m_today(workspace.clock().today()),
      m_random(kSeed)
{}

bool DemoContext::loadCatalogue()
{
    m_codes[int(Vocabulary::Team)] = codesOf<Team>(m_workspace, &m_error);
    m_codes[int(Vocabulary::Metric)] = codesOf<Metric>(m_workspace, &m_error);
    m_codes[int(Vocabulary::RootCause)] = codesOf<RootCauseCategory>(m_workspace, &m_error);
    m_codes[int(Vocabulary::TrustSignal)] = codesOf<DataTrustSignal>(m_workspace, &m_error);
    m_codes[int(Vocabulary::Outcome)] = codesOf<SharedOutcome>(m_workspace, &m_error);
    m_codes[int(Vocabulary::FunnelStage)] = codesOf<FunnelStage>(m_workspace, &m_error);
    m_codes[int(Vocabulary::FrictionType)] = codesOf<FrictionType>(m_workspace, &m_error);
    m_codes[int(Vocabulary::Pattern)] = codesOf<ConflictPattern>(m_workspace, &m_error);
    m_codes[int(Vocabulary::Rhythm)] = codesOf<OperatingRhythm>(m_workspace, &m_error);
    return ok();
}

QDate DemoContext::monthStart(int monthsAgo) const
{
    return QDate(m_today.year(), m_today.month(), 1).addMonths(-monthsAgo);
}

QDateTime DemoContext::at(QDate date, double hours)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).addSecs(qint64(hours * 3600));
}

Id DemoContext::id(Vocabulary vocabulary, const char* code)
{
    const Id found = m_codes[int(vocabulary)].value(QLatin1String(code));
    if (found == 0)
        fail(QCoreApplication::translate("accord::DemoWorkspace",
                                         "The demo needs the catalogue entry “%1” in %2, which is missing.")
                 .arg(QLatin1String(code), QLatin1String(kVocabularyTables[int(vocabulary)])));
    return found;
}

QList<Id> DemoContext::ids(Vocabulary vocabulary, const std::vector<const char*>& codes)
{
    QList<Id> found;
    for (const char* code : codes)
        found << id(vocabulary, code);
    return found;
}

QList<Id> DemoContext::personIds(const std::vector<const char*>& keys)
{
    QList<Id> found;
    for (const char* key : keys)
        found << personId(key);
    return found;
}

void DemoContext::addPerson(const char* key, const PersonRef& person)
{
    m_personIndex.insert(QLatin1String(key), m_people.size());
    m_people.append(person);
}

const DemoContext::PersonRef& DemoContext::person(const char* key)
{
    static const PersonRef nobody;
    const auto found = m_personIndex.constFind(QLatin1String(key));
    if (found != m_personIndex.constEnd())
        return m_people.at(*found);
    fail(QCoreApplication::translate("accord::DemoWorkspace", "The demo refers to an unknown person “%1”.")
             .arg(QLatin1String(key)));
    return nobody;
}

const DemoContext::MeetingRef* DemoContext::heldMeetingNear(const QString& rhythm, QDate date) const
{
    const MeetingRef* best = nullptr;
    for (const MeetingRef& meeting : m_meetings) {
        if (meeting.rhythm != rhythm || !meeting.held)
            continue;
        if (!best || std::abs(meeting.date.daysTo(date)) < std::abs(best->date.daysTo(date)))
            best = &meeting;
    }
    return best;
}

QDate DemoContext::nextMeeting(const QString& rhythm, QDate from) const
{
    for (const MeetingRef& meeting : m_meetings)
        if (meeting.rhythm == rhythm && meeting.date >= from)
            return meeting.date;
    return m_nextMeeting.value(rhythm);
}

bool DemoContext::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

} // namespace accord::demo
