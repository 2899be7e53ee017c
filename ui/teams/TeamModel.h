#pragma once

#include "common/RecordTableModel.h"
#include "domain/Team.h"

#include <QHash>

namespace accord {

// The workspace's teams: name (edited in place), colour, leader and whether the team is archived.
class TeamModel : public RecordTableModel<Team>
{
    Q_OBJECT

public:
    enum Column { Name, Colour, Leader, Archived, ColumnCount };

    explicit TeamModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Adds a team with a fresh name and colour; returns its id.
    Id addTeam();
    bool setArchived(int row, bool archived);

protected:
    QSet<QString> watchedTables() const override;
    void loadLookups(Workspace& workspace) override;

private:
    QHash<Id, QString> m_personNames;
};

} // namespace accord
