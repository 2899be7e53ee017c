#pragma once

#include "common/RecordTableModel.h"
#include "domain/AgendaItem.h"

namespace accord {

// Agenda items of review meetings: ticked as the meeting walks them, each with a note. Filter by
// ReviewRoles::Meeting for one meeting's agenda.
class AgendaModel : public RecordTableModel<AgendaItem>
{
    Q_OBJECT

public:
    enum Column { Done, Kind, Item, Note, ColumnCount };

    explicit AgendaModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

protected:
    QSet<QString> watchedTables() const override;
    void loadLookups(Workspace&) override {}
};

} // namespace accord
