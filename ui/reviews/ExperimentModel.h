#pragma once

#include "common/RecordTableModel.h"
#include "domain/Experiment.h"

#include <QHash>

namespace accord {

// The experiments agreed in review meetings: hypothesis, owner, metric and end date. Filter by
// ReviewRoles::Meeting for one meeting's.
class ExperimentModel : public RecordTableModel<Experiment>
{
    Q_OBJECT

public:
    enum Column { Hypothesis, Owner, Metric, Ends, Status, ColumnCount };

    explicit ExperimentModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QSet<QString> watchedTables() const override;
    void loadLookups(Workspace& workspace) override;

private:
    QHash<Id, QString> m_people;
    QHash<Id, QString> m_metrics;
};

} // namespace accord
