#pragma once

#include "domain/Id.h"
#include "workspace/Workspace.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <array>
#include <iterator>
#include <vector>

namespace accord::demo {

// The catalogue vocabularies the demo refers to by code.
enum class Vocabulary { Team, Metric, RootCause, TrustSignal, Outcome, FunnelStage, FrictionType, Pattern, Rhythm };

// What the demo builders share: the workspace they write to, "today" that every date counts back from, one seeded
// random source so that the same day always yields the same demo, the catalogue's ids by code, and the rows that
// earlier builders made and later ones point at. The first failure is kept and stops every later write.
class DemoContext
{
public:
    struct PersonRef
    {
        Id id = 0;
        Id teamId = 0;
        QString name;
    };
    struct MeetingRef
    {
        Id id = 0;
        QString rhythm;
        QDate date;
        bool held = false;
    };
    struct CaseRef
    {
        Id id = 0;
        QString title;
        QString rhythm;
        Id kpiMetricId = 0;
        QDate raisedOn;
        QDate closedOn;
        Id decisionMeetingId = 0;
        QDate escalationDueOn; // set while a case waits in Decide
    };
    struct ActionRef
    {
        Id id = 0;
        Id caseId = 0;
        QString title;
        QDate dueOn;
        QDate doneOn;
    };

    explicit DemoContext(Workspace& workspace);

    // Reads the ids of every catalogue vocabulary by code; the catalogue must have been seeded.
    bool loadCatalogue();

    Workspace& workspace() { return m_workspace; }
    QDate today() const { return m_today; }
    QDateTime now() const { return m_now; }
    // The first day of the month `monthsAgo` months before the current one.
    QDate monthStart(int monthsAgo) const;
    static QString period(QDate date) { return date.toString(QStringLiteral("yyyy-MM")); }
    static QDateTime at(QDate date, double hours);

    bool chance(double probability) { return m_random.generateDouble() < probability; }
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    double uniform(double low, double high) { return low + (high - low) * m_random.generateDouble(); }
    template <typename C> const auto& pick(const C& items) { return items[m_random.bounded(int(std::size(items)))]; }

    // The id of a catalogue entry; an unknown code is remembered as the error and yields 0.
    Id id(Vocabulary vocabulary, const char* code);
    QList<Id> ids(Vocabulary vocabulary, const std::vector<const char*>& codes);
    Id personId(const char* key) { return person(key).id; }
    QList<Id> personIds(const std::vector<const char*>& keys);
    const PersonRef& person(const char* key);
    void addPerson(const char* key, const PersonRef& person);
    // In the order they were added, so that draws made per person repeat exactly.
    const QList<PersonRef>& people() const { return m_people; }

    void addMeeting(const MeetingRef& meeting) { m_meetings.append(meeting); }
    const QList<MeetingRef>& meetings() const { return m_meetings; }
    // The held meeting of a rhythm closest to a date, or none.
    const MeetingRef* heldMeetingNear(const QString& rhythm, QDate date) const;
    void setNextMeeting(const QString& rhythm, QDate date) { m_nextMeeting.insert(rhythm, date); }
    // The rhythm's first meeting on or after a date; past the last one on the calendar, its next occurrence.
    QDate nextMeeting(const QString& rhythm, QDate from) const;

    // The day the decision took effect that the imported funnel data turns on.
    void setFunnelFixedOn(QDate date) { m_funnelFixedOn = date; }
    QDate funnelFixedOn() const { return m_funnelFixedOn; }

    void addCase(const CaseRef& ref) { m_cases.append(ref); }
    const QList<CaseRef>& cases() const { return m_cases; }
    void addAction(const ActionRef& ref) { m_actions.append(ref); }
    const QList<ActionRef>& actions() const { return m_actions; }

    template <typename T> bool insert(T& item)
    {
        return m_error.isEmpty() && m_workspace.repository<T>().insert(item, &m_error);
    }
    template <typename T> bool update(T& item)
    {
        return m_error.isEmpty() && m_workspace.repository<T>().update(item, &m_error);
    }
    template <typename T> QList<T> list()
    {
        return m_error.isEmpty() ? m_workspace.repository<T>().list({}, &m_error) : QList<T>();
    }
    bool fail(const QString& message);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    Workspace& m_workspace;
    QDateTime m_now;
    QDate m_today;
    QRandomGenerator m_random;
    std::array<QHash<QString, Id>, 9> m_codes;
    QList<PersonRef> m_people;
    QHash<QString, qsizetype> m_personIndex;
    QList<MeetingRef> m_meetings;
    QHash<QString, QDate> m_nextMeeting;
    QDate m_funnelFixedOn;
    QList<CaseRef> m_cases;
    QList<ActionRef> m_actions;
    QString m_error;
};

} // namespace accord::demo
