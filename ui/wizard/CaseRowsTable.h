#pragma once

#include <QWidget>

class QAbstractItemModel;
class QPushButton;
class QTableView;

namespace accord {

// A table of a case's rows with the buttons that add a row and remove the selected one: root causes on Diagnose,
// actions on Resolve. The page decides what adding and removing mean.
class CaseRowsTable : public QWidget
{
    Q_OBJECT

public:
    // name gives the table its object name; the buttons are called add<Name> and remove<Name>.
    CaseRowsTable(const QString& name, const QString& addText, QAbstractItemModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    // The row selected in the table, or -1.
    int currentRow() const;
    void setEditable(bool editable);
    // Selects the row and opens the given column for typing, as after adding a row.
    void editRow(int row, int column);

Q_SIGNALS:
    void addRequested();
    void removeRequested(int row);

private:
    void updateButtons();

    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    bool m_editable = true;
};

} // namespace accord
