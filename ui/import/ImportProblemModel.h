#pragma once

#include "import/ImportProblem.h"

#include <QAbstractTableModel>

namespace accord {

// The rows a check or an import could not read, file by file: line, column and reason, as a spreadsheet user
// looks them up.
class ImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { File, Line, ColumnName, Reason, ColumnCount };

    struct Entry
    {
        QString file;
        ImportProblem problem;
    };

    explicit ImportProblemModel(QObject* parent = nullptr);

    void setEntries(QList<Entry> entries);
    const QList<Entry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};

} // namespace accord
