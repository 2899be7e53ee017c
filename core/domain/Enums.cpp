#include "Enums.h"

#include <QCoreApplication>

namespace accord {
namespace {

template <typename E, std::size_t N>
QString translated(E value, const char* const (&names)[N])
{
    static_assert(N == std::size_t(enumCount<E>()), "every enumerator needs a display name");
    return QCoreApplication::translate("accord::Enums", names[std::size_t(value)]);
}

} // namespace

QString displayName(CaseStage v)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("accord::Enums", "Surface"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Diagnose"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Align"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Decide"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Resolve"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Govern"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Learn")};
    return translated(v, names);
}

QString displayName(CaseStatus v)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("accord::Enums", "Open"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Closed")};
    return translated(v, names);
}

QString displayName(MetricDirection v)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("accord::Enums", "Higher is better"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Lower is better")};
    return translated(v, names);
}

QString displayName(MetricStatus v)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("accord::Enums", "Draft"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Frozen")};
    return translated(v, names);
}

QString displayName(MetricSource v)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("accord::Enums", "Computed from CRM records"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Entered by hand")};
    return translated(v, names);
}

QString displayName(RejectAction v)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("accord::Enums", "Nurture"), QT_TRANSLATE_NOOP("accord::Enums", "Enrich"),
        QT_TRANSLATE_NOOP("accord::Enums", "Reroute"), QT_TRANSLATE_NOOP("accord::Enums", "Suppress")};
    return translated(v, names);
}

QString displayName(ActionKind v)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("accord::Enums", "Handoff"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "SLA"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Routing"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Dashboard"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Definition"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Campaign priority"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Sales play"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Customer signal"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Ownership rule")};
    return translated(v, names);
}

QString displayName(ActionStatus v)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("accord::Enums", "Open"), QT_TRANSLATE_NOOP("accord::Enums", "In progress"),
        QT_TRANSLATE_NOOP("accord::Enums", "Done"), QT_TRANSLATE_NOOP("accord::Enums", "Cancelled")};
    return translated(v, names);
}

QString displayName(DecisionStatus v)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("accord::Enums", "Proposed"), QT_TRANSLATE_NOOP("accord::Enums", "In force"),
        QT_TRANSLATE_NOOP("accord::Enums", "Superseded"), QT_TRANSLATE_NOOP("accord::Enums", "Reversed")};
    return translated(v, names);
}

QString displayName(Cadence v)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("accord::Enums", "Weekly"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Monthly"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Quarterly")};
    return translated(v, names);
}

QString displayName(AlignmentStatus v)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("accord::Enums", "Not started"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Drafted"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Agreed")};
    return translated(v, names);
}

QString displayName(SlaKind v)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("accord::Enums", "Lead standard"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "First touch"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Disposition")};
    return translated(v, names);
}

QString displayName(PulseRating v)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("accord::Enums", "Worse"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Same"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Better")};
    return translated(v, names);
}

QString displayName(MeetingStatus v)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("accord::Enums", "Planned"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Held")};
    return translated(v, names);
}

QString displayName(ExperimentStatus v)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("accord::Enums", "Running"), QT_TRANSLATE_NOOP("accord::Enums", "Succeeded"),
        QT_TRANSLATE_NOOP("accord::Enums", "Failed"), QT_TRANSLATE_NOOP("accord::Enums", "Stopped")};
    return translated(v, names);
}

QString displayName(CrmRecordKind v)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("accord::Enums", "Lead"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Opportunity")};
    return translated(v, names);
}

QString displayName(AgendaItemKind v)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("accord::Enums", "Standing item"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Case review"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Escalation due"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Overdue action"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Metric off target"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Definition changed"),
                                        QT_TRANSLATE_NOOP("accord::Enums", "Recurrence")};
    return translated(v, names);
}

QString displayName(GoalStatus v)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("accord::Enums", "Not started"), QT_TRANSLATE_NOOP("accord::Enums", "On track"),
        QT_TRANSLATE_NOOP("accord::Enums", "At risk"), QT_TRANSLATE_NOOP("accord::Enums", "Done")};
    return translated(v, names);
}

QString severityName(int severity)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("accord::Enums", "Low"), QT_TRANSLATE_NOOP("accord::Enums", "Medium"),
        QT_TRANSLATE_NOOP("accord::Enums", "High"), QT_TRANSLATE_NOOP("accord::Enums", "Critical")};
    if (severity < 1 || severity > 4)
        return QString();
    return QCoreApplication::translate("accord::Enums", names[severity - 1]);
}

} // namespace accord
