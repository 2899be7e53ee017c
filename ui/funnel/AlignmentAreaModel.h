#pragma once

#include "common/RecordTableModel.h"
#include "domain/AlignmentArea.h"
#include "domain/Person.h"

namespace accord {

// The alignment checklist: each area Marketing and Sales must agree on, how far it is (ticked once agreed), who
// owns it, and where the agreed document lives.
class AlignmentAreaModel : public RecordTableModel<AlignmentArea>
{
    Q_OBJECT

public:
    enum Column { Area, Status, Owner, Link, Note, ColumnCount };

    explicit AlignmentAreaModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const QList<Person>& people() const { return m_people; }

protected:
    QSet<QString> watchedTables() const override;
    void loadLookups(Workspace& workspace) override;

private:
    QString personName(Id id) const;

    QList<Person> m_people;
};

} // namespace accord
