#pragma once

#include "storage/CaseListQuery.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <optional>

namespace accord {

class Workspace;

// The cases of a workspace as the case list shows them: filtered and sorted in SQL, read a window of rows at a
// time as the view scrolls, so a workspace with many thousands of cases opens at once.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Stage, FrictionType, Teams, Severity, RevenueAtRisk, DecisionOwner, Updated, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole, ArchivedRole };

    static constexpr int WindowSize = 200;

    explicit CaseListModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    Workspace* workspace() const { return m_workspace; }

    CaseFilter filter() const { return m_filter; }
    void setFilter(const CaseFilter& filter);
    // How many cases match the filter, including those not read yet.
    int totalCount() const { return m_total; }
    std::optional<CaseSummary> caseAt(int row) const;
    static std::optional<CaseFilter::SortKey> sortKeyFor(int column);
    static int columnFor(CaseFilter::SortKey key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The number of matching cases may have changed (after a reset, not after reading more rows).
    void totalCountChanged(int total);

private:
    void reload();
    void onTablesChanged(const QSet<QString>& tables);
    QVariant display(const CaseSummary& row, int column) const;
    QList<CaseSummary> read(int offset, int limit);

    QPointer<Workspace> m_workspace;
    CaseFilter m_filter;
    QList<CaseSummary> m_rows;
    int m_total = 0;
    QString m_currency;
};

} // namespace accord
