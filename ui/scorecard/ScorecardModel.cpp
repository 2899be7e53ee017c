#include "ScorecardModel.h"

#include "ScorecardText.h"

#include <QFont>
#include <algorithm>

namespace accord {

ScorecardModel::ScorecardModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScorecardModel::setRows(QList<ScorecardRow> rows, QStringList periods, const QString& inProgress)
{
    std::stable_sort(rows.begin(), rows.end(), [](const ScorecardRow& a, const ScorecardRow& b) {
        return ScorecardText::sectionOf(a.metric) < ScorecardText::sectionOf(b.metric);
    });
    beginResetModel();
    m_rows = std::move(rows);
    m_periods = std::move(periods);
    m_inProgress = inProgress;
    endResetModel();
}

const ScorecardRow* ScorecardModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString ScorecardModel::periodAt(int column) const
{
    const int i = column - FirstPeriod;
    return i >= 0 && i < m_periods.size() ? m_periods.at(i) : QString();
}

const ScorecardCell* ScorecardModel::cellAt(const QModelIndex& index) const
{
    const ScorecardRow* row = rowAt(index.row());
    const int i = index.column() - FirstPeriod;
    if (!row || i < 0 || i >= row->cells.size())
        return nullptr;
    return &row->cells.at(i);
}

int ScorecardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScorecardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : statusColumn() + 1;
}

QVariant ScorecardModel::data(const QModelIndex& index, int role) const
{
    const ScorecardRow* row = rowAt(index.row());
    if (!row)
        return {};
    const Metric& metric = row->metric;
    if (const ScorecardCell* cell = cellAt(index)) {
        switch (role) {
        case Qt::DisplayRole: {
            const QString text = ScorecardText::value(metric, cell->value);
            return cell->definitionChanged ? tr("%1 Δ").arg(text) : text;
        }
        case Qt::BackgroundRole: {
            const QColor fill = ScorecardText::ragFill(Scorecard::rag(metric, cell->value));
            return fill.isValid() ? QVariant(fill) : QVariant();
        }
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole: {
            QString tip =
                tr("%1 in %2: %3 (%4), from %n record(s). Click to see how it was made.", nullptr, int(cell->records))
                    .arg(metric.name, ScorecardText::periodName(cell->period),
                         ScorecardText::value(metric, cell->value),
                         ScorecardText::ragName(Scorecard::rag(metric, cell->value)));
            if (cell->definitionChanged)
                tip += QLatin1Char('\n') + tr("Δ The definition of this metric changed in this period.");
            return tip;
        }
        default:
            return {};
        }
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        if (column == Section)
            return ScorecardText::sectionName(ScorecardText::sectionOf(metric));
        if (column == Name)
            return metric.name;
        if (column == Group)
            return row->group;
        if (column == targetColumn())
            return ScorecardText::value(metric, metric.target);
        if (column == statusColumn())
            return ScorecardText::ragName(row->status(m_inProgress));
    }
    if (column == statusColumn() && role == Qt::ForegroundRole)
        return ScorecardText::ragColor(row->status(m_inProgress));
    if (column == statusColumn() && role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (column == targetColumn() && role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (column == Name && role == Qt::ToolTipRole)
        return metric.definition;
    return {};
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Section:
        return tr("Area");
    case Name:
        return tr("Metric");
    case Group:
        return tr("Group");
    default:
        break;
    }
    if (section == targetColumn())
        return tr("Target");
    if (section == statusColumn())
        return tr("Status");
    const QString period = periodAt(section);
    return period == m_inProgress ? tr("%1\nto date").arg(ScorecardText::periodName(period))
                                  : ScorecardText::periodName(period);
}

} // namespace accord
