#pragma once

#include "common/RecordTableModel.h"
#include "domain/TeamGoal.h"

#include <QHash>

namespace accord {

// Cross-team activity goals: per team, one thing it does that the partner team normally does, with its status.
// Every cell is edited in place.
class GoalModel : public RecordTableModel<TeamGoal>
{
    Q_OBJECT

public:
    enum Column { Team, Partner, Goal, Status, ColumnCount };

    explicit GoalModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    Id addGoal(Id teamId);

protected:
    QSet<QString> watchedTables() const override;
    void loadLookups(Workspace& workspace) override;

private:
    QHash<Id, QString> m_teams;
};

} // namespace accord
