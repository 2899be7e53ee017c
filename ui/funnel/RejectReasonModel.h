#pragma once

#include "common/RecordTableModel.h"
#include "domain/RejectReason.h"

namespace accord {

// The reject / recycle reasons Sales picks from when it turns a lead down: name, description, the action the
// lead gets (nurture, enrich, reroute, suppress) and whether the reason is offered.
class RejectReasonModel : public RecordTableModel<RejectReason>
{
    Q_OBJECT

public:
    enum Column { Name, Description, Action, Active, ColumnCount };

    explicit RejectReasonModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Adds an active reason at the end of the list; returns its id.
    Id addReason();
    bool removeReason(int row);

protected:
    QSet<QString> watchedTables() const override;
    void loadLookups(Workspace&) override {}
};

} // namespace accord
