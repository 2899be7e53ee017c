#pragma once

#include "commands/EntityCommand.h"
#include "workspace/Workspace.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QPalette>
#include <QPointer>

namespace accord {

// The shared half of the table models over one kind of record (teams, people, funnel stages): reads the records
// through their repository, follows the workspace's changes, and turns an edit into an undoable command.
// Subclasses say which columns there are and how a cell reads and writes.
template <typename T> class RecordTableModel : public QAbstractTableModel
{
public:
    void setWorkspace(Workspace* workspace)
    {
        if (m_workspace)
            QObject::disconnect(m_workspace, nullptr, this, nullptr);
        m_workspace = workspace;
        if (m_workspace)
            QObject::connect(m_workspace, &Workspace::tablesChanged, this, [this](const QSet<QString>& tables) {
                if (tables.intersects(watchedTables()))
                    reload();
            });
        reload();
    }
    Workspace* workspace() const { return m_workspace; }

    // Archived records (of kinds that can be archived) are left out unless asked for; when shown they are greyed.
    void setShowArchived(bool show)
    {
        m_showArchived = show;
        reload();
    }
    bool showArchived() const { return m_showArchived; }

    std::optional<T> recordAt(int row) const
    {
        if (row < 0 || row >= m_records.size())
            return std::nullopt;
        return m_records.at(row);
    }
    int rowOf(Id id) const
    {
        for (int row = 0; row < m_records.size(); ++row)
            if (m_records.at(row).id == id)
                return row;
        return -1;
    }
    const QList<T>& records() const { return m_records; }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_records.size()); }

    // Pushes the change of one record onto the undo stack; false when nothing changed or nothing may change.
    bool pushChange(const T& before, const T& after, const QString& text)
    {
        if (!isEditable() || before == after)
            return false;
        m_workspace->undoStack()->push(new EntityCommand<T>(*m_workspace, before, after, text));
        return true;
    }
    // Pushes the creation of a record and returns its new id (0 when it could not be written).
    Id pushCreate(const T& record, const QString& text)
    {
        if (!isEditable())
            return 0;
        auto* command = new EntityCommand<T>(*m_workspace, std::nullopt, record, text);
        m_workspace->undoStack()->push(command);
        return command->after() ? command->after()->id : 0;
    }

protected:
    explicit RecordTableModel(QObject* parent) : QAbstractTableModel(parent) {}

    // The tables whose change can alter what the model shows.
    virtual QSet<QString> watchedTables() const = 0;
    // Reads what the cells show of other records (names of teams, people), before the records are read.
    virtual void loadLookups(Workspace& workspace) = 0;

    bool isEditable() const { return m_workspace && !m_workspace->isReadOnly(); }
    Qt::ItemFlags editableFlags(const QModelIndex& index) const
    {
        Qt::ItemFlags flags = QAbstractTableModel::flags(index);
        if (index.isValid() && isEditable())
            flags |= Qt::ItemIsEditable;
        return flags;
    }
    QVariant archivedForeground(const T& record) const
    {
        if (record.archived)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }

private:
    void reload()
    {
        QList<T> records;
        if (m_workspace) {
            loadLookups(*m_workspace);
            Filter filter;
            if constexpr (requires { &T::archived; }) {
                if (!m_showArchived)
                    filter.where("archived", false);
            }
            QString error;
            records = m_workspace->template repository<T>().list(filter, &error);
            if (!error.isEmpty())
                m_workspace->reportError(error);
        }
        if (sameRows(records)) {
            // Same records in the same places: repaint them, and leave open editors and the selection alone.
            m_records = records;
            if (!m_records.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(int(m_records.size()) - 1, columnCount() - 1));
            return;
        }
        beginResetModel();
        m_records = records;
        endResetModel();
    }
    bool sameRows(const QList<T>& records) const
    {
        if (records.size() != m_records.size())
            return false;
        for (qsizetype i = 0; i < records.size(); ++i)
            if (records.at(i).id != m_records.at(i).id)
                return false;
        return true;
    }

    QPointer<Workspace> m_workspace;
    QList<T> m_records;
    bool m_showArchived = false;
};

} // namespace accord
