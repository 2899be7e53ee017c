#include "ExperimentModel.h"

#include "ReviewRoles.h"
#include "domain/Metric.h"
#include "domain/Person.h"

#include <QLocale>

namespace accord {

ExperimentModel::ExperimentModel(QObject* parent) : RecordTableModel<Experiment>(parent) {}

int ExperimentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExperimentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Experiment& e = records().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Hypothesis:
            return e.hypothesis;
        case Owner:
            return m_people.value(e.ownerId);
        case Metric:
            return m_metrics.value(e.metricId);
        case Ends:
            return QLocale().toString(e.endOn, QLocale::ShortFormat);
        case Status:
            return displayName(e.status);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Hypothesis ? QVariant(e.hypothesis) : QVariant();
    case ReviewRoles::Id:
        return e.id;
    case ReviewRoles::Meeting:
        return e.meetingId;
    default:
        return {};
    }
}

QVariant ExperimentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Hypothesis:
        return tr("Hypothesis");
    case Owner:
        return tr("Owner");
    case Metric:
        return tr("Metric");
    case Ends:
        return tr("Ends");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

QSet<QString> ExperimentModel::watchedTables() const
{
    return {QStringLiteral("experiments"), QStringLiteral("people"), QStringLiteral("metrics")};
}

void ExperimentModel::loadLookups(Workspace& workspace)
{
    m_people.clear();
    m_metrics.clear();
    for (const Person& p : workspace.repository<Person>().list())
        m_people.insert(p.id, p.name);
    for (const accord::Metric& m : workspace.repository<accord::Metric>().list())
        m_metrics.insert(m.id, m.name);
}

} // namespace accord
