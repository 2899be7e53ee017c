#include "RootCauseModel.h"

#include <QBrush>
#include <QColor>

namespace accord {

RootCauseModel::RootCauseModel(WizardContext& context, QObject* parent) : CaseRowsModel(context, parent) {}

int RootCauseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RootCauseModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CaseRootCause& cause = at(index);
    const bool category = index.column() == Category;
    switch (role) {
    case Qt::DisplayRole:
        if (category) {
            for (const RootCauseCategory& c : context().lookups.rootCauseCategories)
                if (c.id == cause.categoryId)
                    return c.name;
            return tr("Choose a category");
        }
        return cause.evidence.isEmpty() ? tr("Evidence needed: what shows this is a cause?") : cause.evidence;
    case Qt::EditRole:
        return category ? QVariant(cause.categoryId) : QVariant(cause.evidence);
    case Qt::ForegroundRole:
        if (!category && cause.evidence.isEmpty())
            return QBrush(QColor(0x9a, 0x5b, 0x13));
        return {};
    case Qt::ToolTipRole:
        if (category)
            for (const RootCauseCategory& c : context().lookups.rootCauseCategories)
                if (c.id == cause.categoryId)
                    return c.description;
        return {};
    default:
        return {};
    }
}

QVariant RootCauseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Category ? tr("Root cause") : tr("Evidence");
}

bool RootCauseModel::write(CaseRootCause& row, int column, const QVariant& value) const
{
    if (column == Category) {
        row.categoryId = value.toLongLong();
        return row.categoryId != 0;
    }
    row.evidence = value.toString().trimmed();
    return true;
}

QString RootCauseModel::editText(int column) const
{
    return column == Category ? tr("Change a root cause") : tr("Edit the evidence of a root cause");
}

} // namespace accord
