#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <functional>

namespace accord {

// Narrows a record model to the rows a screen shows: those whose data for a role equals a value (the meeting an
// agenda item belongs to, a decision's status), whose text contains every word typed in a search field, and that
// pass an optional test of their own.
class RowFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using Predicate = std::function<bool(const QModelIndex& sourceRow)>;

    explicit RowFilterProxy(QObject* parent = nullptr);

    // An invalid value drops the condition.
    void setCondition(int role, const QVariant& value);
    void setSearchText(const QString& text);
    void setPredicate(Predicate predicate);
    // Re-reads the predicate's inputs.
    void refilter();
    // Shows only the source's first columns; a table that needs fewer leaves the rest out instead of hiding them.
    void setVisibleColumns(int count);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex& sourceParent) const override;

private:
    QHash<int, QVariant> m_conditions;
    QStringList m_words;
    Predicate m_predicate;
    int m_visibleColumns = -1;
};

} // namespace accord
