#include "ImportProblemModel.h"

namespace accord {

ImportProblemModel::ImportProblemModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportProblemModel::setEntries(QList<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ImportProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File:
            return entry.file;
        case Line:
            return entry.problem.line;
        case ColumnName:
            return entry.problem.column;
        case Reason:
            return entry.problem.reason;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return entry.problem.reason;
    return {};
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case ColumnName:
        return tr("Column");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace accord
