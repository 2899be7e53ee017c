#include "NpsAnswerModel.h"

#include "ReviewRoles.h"

namespace accord {

NpsAnswerModel::NpsAnswerModel(QObject* parent) : RecordTableModel<NpsAnswer>(parent) {}

int NpsAnswerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NpsAnswerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NpsAnswer& a = records().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Score:
            return a.score;
        case Account:
            return a.account;
        case Respondent:
            return a.respondent;
        case DoBetter:
            return a.doBetter;
        case DoWell:
            return a.doWell;
        case Period:
            return a.period;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == DoBetter ? a.doBetter : index.column() == DoWell ? a.doWell : QString();
    case ReviewRoles::Id:
        return a.id;
    case ReviewRoles::Status:
        return a.period;
    case ReviewRoles::Sort:
        return a.score;
    default:
        return {};
    }
}

QVariant NpsAnswerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Score:
        return tr("Score");
    case Account:
        return tr("Account");
    case Respondent:
        return tr("Respondent");
    case DoBetter:
        return tr("What to do better");
    case DoWell:
        return tr("What we do well");
    case Period:
        return tr("Month");
    default:
        return {};
    }
}

QSet<QString> NpsAnswerModel::watchedTables() const
{
    return {QStringLiteral("nps_answers")};
}

} // namespace accord
