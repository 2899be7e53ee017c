#pragma once

#include "common/RecordTableModel.h"
#include "domain/Action.h"

#include <QDate>
#include <QHash>

namespace accord {

// Every action in the workspace, from cases and meetings: what is owed, by whom (and their team), for which case,
// by when and how far it got. Overdue ones are marked and, sorted on ReviewRoles::Sort, come first.
class ActionListModel : public RecordTableModel<Action>
{
    Q_OBJECT

public:
    enum Column { Title, Owner, Team, Case, Due, Status, ColumnCount };

    explicit ActionListModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    bool isOverdue(int row) const;

protected:
    QSet<QString> watchedTables() const override;
    void loadLookups(Workspace& workspace) override;

private:
    QHash<Id, QString> m_people;
    QHash<Id, Id> m_teamOf;
    QHash<Id, QString> m_teams;
    QHash<Id, QString> m_cases;
    QDate m_today;
};

} // namespace accord
