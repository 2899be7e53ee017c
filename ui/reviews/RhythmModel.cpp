#include "RhythmModel.h"

#include "ReviewRoles.h"

namespace accord {

RhythmModel::RhythmModel(QObject* parent) : RecordTableModel<OperatingRhythm>(parent) {}

int RhythmModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RhythmModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OperatingRhythm& rhythm = records().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Name ? rhythm.name : displayName(rhythm.cadence);
    case Qt::ToolTipRole:
        return rhythm.purpose;
    case ReviewRoles::Id:
        return rhythm.id;
    default:
        return {};
    }
}

QVariant RhythmModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Name ? tr("Rhythm") : tr("Cadence");
}

Id RhythmModel::addRhythm()
{
    OperatingRhythm rhythm;
    rhythm.name = tr("New rhythm");
    rhythm.cadence = accord::Cadence::Monthly;
    rhythm.sortOrder = int(records().size());
    return pushCreate(rhythm, tr("Add an operating rhythm"));
}

QSet<QString> RhythmModel::watchedTables() const
{
    return {QStringLiteral("operating_rhythms")};
}

} // namespace accord
