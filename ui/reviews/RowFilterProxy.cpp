#include "RowFilterProxy.h"

namespace accord {

RowFilterProxy::RowFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RowFilterProxy::setCondition(int role, const QVariant& value)
{
    if (value.isValid())
        m_conditions.insert(role, value);
    else
        m_conditions.remove(role);
    invalidateFilter();
}

void RowFilterProxy::setSearchText(const QString& text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void RowFilterProxy::setPredicate(Predicate predicate)
{
    m_predicate = std::move(predicate);
    invalidateFilter();
}

void RowFilterProxy::refilter()
{
    invalidateFilter();
}

void RowFilterProxy::setVisibleColumns(int count)
{
    m_visibleColumns = count;
    invalidateFilter();
}

bool RowFilterProxy::filterAcceptsColumn(int sourceColumn, const QModelIndex&) const
{
    return m_visibleColumns < 0 || sourceColumn < m_visibleColumns;
}

bool RowFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    for (auto it = m_conditions.cbegin(); it != m_conditions.cend(); ++it)
        if (source->data(first, it.key()) != it.value())
            return false;
    if (m_predicate && !m_predicate(first))
        return false;
    if (m_words.isEmpty())
        return true;
    QString text;
    for (int column = 0; column < source->columnCount(sourceParent); ++column)
        text += source->data(source->index(sourceRow, column, sourceParent)).toString() + QLatin1Char(' ');
    for (const QString& word : m_words)
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace accord
