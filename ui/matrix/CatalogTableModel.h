#pragma once

#include "commands/CompositeCommand.h"
#include "commands/EntityCommand.h"
#include "workspace/Workspace.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace accord {

// The shared half of the friction matrix's catalogue tables (friction types, conflict patterns): reads the rows
// through their repository in catalogue order, follows the workspace's changes, turns a text edit into an
// undoable command, and puts the built-in texts back. Subclasses say which columns there are.
template <typename T> class CatalogTableModel : public QAbstractTableModel
{
public:
    using TextField = QString T::*;

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
    const QList<T>& records() const { return m_records; }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_records.size()); }

    // Puts the built-in texts back into every row that came with the catalogue, as one undoable edit; rows the user
    // added keep theirs. Returns how many rows changed (0: nothing to restore, nothing pushed).
    int restoreDefaults(const QList<T>& defaults, const QList<TextField>& fields, const QString& text)
    {
        if (!isEditable())
            return 0;
        auto command = std::make_unique<CompositeCommand>(*m_workspace, text);
        int changed = 0;
        for (const T& record : std::as_const(m_records)) {
            const auto builtIn = std::find_if(defaults.cbegin(), defaults.cend(), [&](const T& d) {
                return !record.code.isEmpty() && d.code == record.code;
            });
            if (builtIn == defaults.cend())
                continue;
            T after = record;
            for (TextField field : fields)
                after.*field = (*builtIn).*field;
            if (after == record)
                continue;
            new EntityCommand<T>(*m_workspace, record, after, text, command.get());
            ++changed;
        }
        if (changed > 0)
            m_workspace->undoStack()->push(command.release());
        return changed;
    }

protected:
    explicit CatalogTableModel(QObject* parent) : QAbstractTableModel(parent) {}

    // The tables whose change can alter what the model shows.
    virtual QSet<QString> watchedTables() const = 0;
    // Reads what the cells show beside the records themselves (metric names, counts, scorecard values).
    virtual void loadLookups(Workspace& workspace) = 0;

    bool isEditable() const { return m_workspace && !m_workspace->isReadOnly(); }

    // One text field of one row, edited in place: trimmed, refused when emptied, pushed as one command.
    bool setText(int row, TextField field, const QVariant& value, const QString& text)
    {
        if (!isEditable() || row < 0 || row >= m_records.size())
            return false;
        const T& before = m_records.at(row);
        T after = before;
        after.*field = value.toString().trimmed();
        if (after.*field == before.*field || (after.*field).isEmpty())
            return false;
        m_workspace->undoStack()->push(new EntityCommand<T>(*m_workspace, before, after, text));
        return true;
    }

private:
    void reload()
    {
        QList<T> records;
        if (m_workspace) {
            loadLookups(*m_workspace);
            QString error;
            records = m_workspace->template repository<T>().list({}, &error);
            if (!error.isEmpty())
                m_workspace->reportError(error);
        }
        const bool sameRows = std::equal(records.cbegin(), records.cend(), m_records.cbegin(), m_records.cend(),
                                         [](const T& a, const T& b) { return a.id == b.id; });
        if (sameRows && !records.isEmpty()) {
            // Same rows in the same places: repaint them, and leave the current cell and open editors alone.
            m_records = records;
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            return;
        }
        beginResetModel();
        m_records = records;
        endResetModel();
    }

    QPointer<Workspace> m_workspace;
    QList<T> m_records;
};

} // namespace accord
