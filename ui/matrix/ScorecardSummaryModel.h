#pragma once

#include "scorecard/Scorecard.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace accord {

class Workspace;

// The shared scorecard as presentation mode shows it after the matrices: each metric of the dictionary that has a
// value in the last months, how it stands now (value, trend, "definition changed"), its target and whether it is
// on target.
class ScorecardSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Metric, Now, Target, Status, ColumnCount };

    explicit ScorecardSummaryModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    QString targetText(const ScorecardRow& row) const;

    QPointer<Workspace> m_workspace;
    QList<ScorecardRow> m_rows;
    QString m_month; // the last complete month, which the Now column reads
};

} // namespace accord
