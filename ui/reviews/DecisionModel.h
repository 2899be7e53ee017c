#pragma once

#include "common/RecordTableModel.h"
#include "domain/Decision.h"

#include <QHash>

namespace accord {

// Every decision of the workspace, from cases and review meetings: who owns it, when it was taken, what it
// belongs to, whether it is still in force, which decision it superseded or was superseded by, and the metric
// definition it changed. Filter by ReviewRoles::Meeting for one meeting's decisions.
class DecisionModel : public RecordTableModel<Decision>
{
    Q_OBJECT

public:
    enum Column { Text, Owner, Decided, Case, Status, Supersession, Meeting, MetricChange, ColumnCount };

    explicit DecisionModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QSet<QString> watchedTables() const override;
    void loadLookups(Workspace& workspace) override;

private:
    QString supersession(const Decision& decision) const;

    QHash<Id, QString> m_people;
    QHash<Id, QString> m_cases;
    QHash<Id, QString> m_meetings;
    QHash<Id, QStringList> m_metricVersions; // by the decision that approved them
};

} // namespace accord
