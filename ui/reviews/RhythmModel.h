#pragma once

#include "common/RecordTableModel.h"
#include "domain/OperatingRhythm.h"

namespace accord {

// The workspace's operating rhythms (weekly, monthly, quarterly…); the rhythm editor changes them through it.
class RhythmModel : public RecordTableModel<OperatingRhythm>
{
    Q_OBJECT

public:
    enum Column { Name, Cadence, ColumnCount };

    explicit RhythmModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds a monthly rhythm with a placeholder name; returns its id.
    Id addRhythm();

protected:
    QSet<QString> watchedTables() const override;
    void loadLookups(Workspace&) override {}
};

} // namespace accord
