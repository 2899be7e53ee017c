#pragma once

#include "domain/MetricVersion.h"

#include <QAbstractTableModel>
#include <QHash>

namespace accord {

class Workspace;

// A metric's versions, oldest first: who changed the definition, when, why and on which decision.
class VersionHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Version, When, Who, Decision, Reason, ColumnCount };

    explicit VersionHistoryModel(QObject* parent = nullptr);

    // Reads the history of the metric (0 for none); returns false and says why when it could not be read.
    bool load(Workspace* workspace, Id metricId, QString* error);
    const QList<MetricVersion>& versions() const { return m_versions; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MetricVersion> m_versions;
    QHash<Id, QString> m_decisions;
};

} // namespace accord
