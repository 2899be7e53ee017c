#pragma once

#include "WizardContext.h"

#include <QAbstractTableModel>

namespace accord {

// The shared half of the tables of a case's own rows (root causes, actions): shows the rows of the case file the
// wizard holds, and turns a cell edit into an undoable change of that row. Subclasses say which columns there are
// and how a cell reads and writes.
template <typename T> class CaseRowsModel : public QAbstractTableModel
{
public:
    // Replaces the rows; the same rows in the same places are repainted so that an open editor survives.
    void setRows(const QList<T>& rows)
    {
        const bool sameIds =
            rows.size() == m_rows.size() && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                                       [](const T& a, const T& b) { return a.id == b.id; });
        if (!sameIds) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
            return;
        }
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }
    std::optional<T> rowAt(int row) const
    {
        if (row < 0 || row >= m_rows.size())
            return std::nullopt;
        return m_rows.at(row);
    }
    int rowOf(Id id) const
    {
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).id == id)
                return row;
        return -1;
    }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        Qt::ItemFlags flags = QAbstractTableModel::flags(index);
        if (index.isValid() && m_context.editor.isEditable())
            flags |= Qt::ItemIsEditable;
        return flags;
    }
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override
    {
        if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
            return false;
        const T before = m_rows.at(index.row());
        T after = before;
        if (!write(after, index.column(), value) || after == before)
            return false;
        m_context.editor.changeRow(before, after, editText(index.column()));
        return true;
    }

protected:
    CaseRowsModel(WizardContext& context, QObject* parent) : QAbstractTableModel(parent), m_context(context) {}

    // Writes an edited cell's value into the row; false when the value is not acceptable.
    virtual bool write(T& row, int column, const QVariant& value) const = 0;
    // The undo text of an edit of a column.
    virtual QString editText(int column) const = 0;

    const WizardContext& context() const { return m_context; }
    const T& at(const QModelIndex& index) const { return m_rows.at(index.row()); }

private:
    WizardContext& m_context;
    QList<T> m_rows;
};

} // namespace accord
