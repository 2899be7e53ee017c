#pragma once

#include "common/RecordTableModel.h"
#include "domain/Person.h"

#include <QHash>

namespace accord {

// The workspace's people: name, team, role and e-mail, each edited in place.
class PersonModel : public RecordTableModel<Person>
{
    Q_OBJECT

public:
    enum Column { Name, TeamName, Role, Email, ColumnCount };

    explicit PersonModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Adds a person, in the given team when there is one; returns the new id.
    Id addPerson(Id teamId);
    bool setArchived(int row, bool archived);

protected:
    QSet<QString> watchedTables() const override;
    void loadLookups(Workspace& workspace) override;

private:
    QHash<Id, QString> m_teamNames;
};

} // namespace accord
