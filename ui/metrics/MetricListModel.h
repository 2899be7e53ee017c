#pragma once

#include "domain/Metric.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QPointer>

namespace accord {

class Workspace;

// The metric dictionary as a table: every metric with its owner, unit, status, version and source, narrowed by a
// search over names and definitions, and marked when its definition changed in the current month.
class MetricListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Owner, Unit, Status, Version, Source, Changed, ColumnCount };
    enum Role { IdRole = Qt::UserRole, ChangedOnRole };

    explicit MetricListModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    // Keeps the metrics whose name or definition contains every word of the text.
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }

    std::optional<Metric> metricAt(int row) const;
    int rowOf(Id id) const;
    // The day within the current month on which the metric's definition last changed, or a null date.
    QDate changedOn(Id id) const { return m_changedOn.value(id); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    bool matches(const Metric& metric) const;

    QPointer<Workspace> m_workspace;
    QString m_search;
    QList<Metric> m_metrics;
    QHash<Id, QString> m_teamNames;
    QHash<Id, QDate> m_changedOn;
};

} // namespace accord
