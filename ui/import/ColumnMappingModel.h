#pragma once

#include "import/ImportEnums.h"

#include <QAbstractTableModel>

namespace accord {

class ImportFile;

// The mapping of one import file as a table: a row per Accord field, the file column it reads (edited with a
// combo of the file's columns), and the field as the first rows of the file give it, parsed the way the import
// will store it.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Field, FileColumn, FirstValue };

    explicit ColumnMappingModel(QObject* parent = nullptr);

    void setFile(ImportFile* file);
    // The settings the values are parsed with changed: repaint the parsed values.
    void refresh();
    static ImportField fieldAt(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void mappingChanged();

private:
    int columnIndex(ImportField field) const;

    ImportFile* m_file = nullptr;
};

} // namespace accord
