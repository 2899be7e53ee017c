#include "ColumnMappingModel.h"

#include "ImportFieldText.h"
#include "ImportFile.h"

#include <QColor>

namespace accord {

ColumnMappingModel::ColumnMappingModel(QObject* parent) : QAbstractTableModel(parent) {}

void ColumnMappingModel::setFile(ImportFile* file)
{
    beginResetModel();
    m_file = file;
    endResetModel();
}

void ColumnMappingModel::refresh()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

ImportField ColumnMappingModel::fieldAt(int row)
{
    return enumValues<ImportField>()[std::size_t(row)];
}

int ColumnMappingModel::columnIndex(ImportField field) const
{
    const QString column = m_file->mapping().columns.value(field);
    if (column.isEmpty())
        return -1;
    const QString wanted = ImportMappingDefinition::normalizedName(column);
    for (qsizetype i = 0; i < m_file->header().size(); ++i)
        if (ImportMappingDefinition::normalizedName(m_file->header().at(i)) == wanted)
            return int(i);
    return -1;
}

int ColumnMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_file ? 0 : int(enumValues<ImportField>().size());
}

int ColumnMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstValue + ImportFile::PreviewRows;
}

QVariant ColumnMappingModel::data(const QModelIndex& index, int role) const
{
    if (!m_file || !index.isValid())
        return {};
    const ImportField field = fieldAt(index.row());
    const int column = index.column();
    if (column == Field && role == Qt::DisplayRole)
        return ImportFieldText::name(field);
    if (column == FileColumn) {
        const int i = columnIndex(field);
        if (role == Qt::EditRole)
            return i + 1; // the id the choice delegate offers: 0 for "not in this file"
        if (role == Qt::DisplayRole)
            return i >= 0 ? m_file->header().at(i) : tr("—");
        if (role == Qt::ForegroundRole && i < 0)
            return QColor(Qt::gray);
        return {};
    }
    if (column >= FirstValue && role == Qt::DisplayRole)
        return m_file->parsedValue(column - FirstValue, field);
    if (column >= FirstValue && role == Qt::ToolTipRole)
        return tr("In the file: %1").arg(m_file->rawValue(column - FirstValue, field));
    if (column >= FirstValue && role == Qt::ForegroundRole) {
        const QString parsed = m_file->parsedValue(column - FirstValue, field);
        if (parsed.startsWith(QStringLiteral("⚠")) || parsed.startsWith(QLatin1Char('?')))
            return QColor(0xc0, 0x39, 0x2b);
    }
    return {};
}

bool ColumnMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_file || index.column() != FileColumn || role != Qt::EditRole)
        return false;
    const int chosen = value.toInt() - 1;
    const ImportField field = fieldAt(index.row());
    if (chosen == columnIndex(field))
        return false;
    if (chosen < 0 || chosen >= m_file->header().size())
        m_file->mapping().columns.remove(field);
    else
        m_file->mapping().columns.insert(field, m_file->header().at(chosen));
    m_file->detectDateFormats();
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    Q_EMIT mappingChanged();
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.column() == FileColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Field)
        return tr("Accord field");
    if (section == FileColumn)
        return tr("File column");
    return tr("Row %1 as imported").arg(section - FirstValue + 1);
}

} // namespace accord
