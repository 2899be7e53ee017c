#pragma once

#include "common/RecordTableModel.h"
#include "domain/FunnelStage.h"
#include "domain/Team.h"

#include <QColor>
#include <QHash>

namespace accord {

// The funnel's stages in order: name, owning team, entry and exit criteria, each edited in place through the
// funnel rules in core.
class FunnelStageModel : public RecordTableModel<FunnelStage>
{
    Q_OBJECT

public:
    enum Column { Name, Owner, EntryCriteria, ExitCriteria, ColumnCount };

    explicit FunnelStageModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Each returns false with the reason in *error when the rules refuse the edit.
    // Adds a stage after the given row (at the end when there is none) and sets *newId to it.
    bool addStage(int afterRow, Id* newId, QString* error);
    bool moveStage(int row, int delta, QString* error);
    bool removeStage(int row, QString* error);

    // Every team, archived ones too, so that a stage still owned by an archived team shows its name.
    const QList<Team>& teams() const { return m_teams; }
    QString teamName(Id teamId) const;
    QColor teamColour(Id teamId) const;

protected:
    QSet<QString> watchedTables() const override;
    void loadLookups(Workspace& workspace) override;

private:
    bool push(std::unique_ptr<QUndoCommand> command);

    QList<Team> m_teams;
};

} // namespace accord
