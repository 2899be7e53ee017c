#include "DecisionModel.h"

#include "ReviewRoles.h"
#include "domain/FrictionCase.h"
#include "domain/MetricVersion.h"
#include "domain/Person.h"
#include "domain/ReviewMeeting.h"
#include "reviews/DecisionCommands.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace accord {
namespace {

QString quoted(const QString& text)
{
    constexpr int length = 40;
    const QString simple = text.simplified();
    return QCoreApplication::translate("accord::DecisionModel", "“%1”")
        .arg(simple.size() <= length ? simple : simple.left(length - 1) + QChar(0x2026));
}

} // namespace

DecisionModel::DecisionModel(QObject* parent) : RecordTableModel<Decision>(parent) {}

int DecisionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DecisionModel::supersession(const Decision& decision) const
{
    QStringList parts;
    if (decision.supersedesId != 0) {
        const int row = rowOf(decision.supersedesId);
        parts << tr("Supersedes %1").arg(row >= 0 ? quoted(records().at(row).text) : tr("a removed decision"));
    }
    const Id by = DecisionCommands::supersededBy(records(), decision.id);
    if (by != 0)
        parts << tr("Superseded by %1").arg(quoted(records().at(rowOf(by)).text));
    return parts.join(QLatin1Char('\n'));
}

QVariant DecisionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Decision& d = records().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Text:
            return d.text.simplified();
        case Owner:
            return m_people.value(d.ownerId);
        case Decided:
            return QLocale().toString(d.decidedOn, QLocale::ShortFormat);
        case Case:
            return m_cases.value(d.caseId);
        case Meeting:
            return m_meetings.value(d.meetingId);
        case Status:
            return displayName(d.status);
        case Supersession:
            return supersession(d);
        case MetricChange:
            return m_metricVersions.value(d.id).join(QLatin1Char('\n'));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Text:
            return d.text;
        case Supersession:
            return supersession(d);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (d.status == DecisionStatus::Superseded || d.status == DecisionStatus::Reversed)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (index.column() == Status && d.status == DecisionStatus::InForce) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ReviewRoles::Id:
        return d.id;
    case ReviewRoles::Meeting:
        return d.meetingId;
    case ReviewRoles::Status:
        return int(d.status);
    case ReviewRoles::Owner:
        return d.ownerId;
    case ReviewRoles::Sort:
        switch (index.column()) {
        case Decided:
            return d.decidedOn;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant DecisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Text:
        return tr("Decision");
    case Owner:
        return tr("Owner");
    case Decided:
        return tr("Date");
    case Case:
        return tr("Case");
    case Meeting:
        return tr("Meeting");
    case Status:
        return tr("Status");
    case Supersession:
        return tr("Supersession");
    case MetricChange:
        return tr("Metric definition");
    default:
        return {};
    }
}

QSet<QString> DecisionModel::watchedTables() const
{
    return {QStringLiteral("decisions"), QStringLiteral("people"), QStringLiteral("cases"),
            QStringLiteral("review_meetings"), QStringLiteral("metric_versions")};
}

void DecisionModel::loadLookups(Workspace& workspace)
{
    m_people.clear();
    m_cases.clear();
    m_meetings.clear();
    m_metricVersions.clear();
    for (const Person& p : workspace.repository<Person>().list())
        m_people.insert(p.id, p.name);
    for (const FrictionCase& c : workspace.repository<FrictionCase>().list())
        m_cases.insert(c.id, c.title);
    for (const ReviewMeeting& m : workspace.repository<ReviewMeeting>().list())
        m_meetings.insert(m.id, m.title);
    Filter changed;
    changed.where("decision_id", Id(0), ">");
    for (const MetricVersion& v : workspace.repository<MetricVersion>().list(changed))
        m_metricVersions[v.decisionId] << tr("%1, version %2").arg(v.name).arg(v.version);
}

} // namespace accord
