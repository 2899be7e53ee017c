#pragma once

#include "scorecard/Scorecard.h"

#include <QAbstractTableModel>

namespace accord {

// The board as a table: one row per metric (and group, in a breakdown), ordered speed, quality, impact; a column
// per period with the value coloured red, amber or green against the metric's target and marked where the
// metric's definition changed; then the target and the status. A last period still in progress is headed "to
// date", and the status is read from the period before it: its rates have not settled yet.
class ScorecardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Section, Name, Group, FirstPeriod };

    explicit ScorecardModel(QObject* parent = nullptr);

    // inProgress: the key of the period today falls in, when the board shows it.
    void setRows(QList<ScorecardRow> rows, QStringList periods, const QString& inProgress);
    const ScorecardRow* rowAt(int row) const;
    // The period a column shows; empty for the other columns.
    QString periodAt(int column) const;
    int targetColumn() const { return FirstPeriod + int(m_periods.size()); }
    int statusColumn() const { return targetColumn() + 1; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ScorecardCell* cellAt(const QModelIndex& index) const;

    QList<ScorecardRow> m_rows;
    QStringList m_periods;
    QString m_inProgress;
};

} // namespace accord
