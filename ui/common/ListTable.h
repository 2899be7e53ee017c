#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace accord::ListTable {

// Whether the user edits a list's cells where they stand (double-click, F2, or a click on the selected cell).
enum class Editing { ReadOnly, InPlace };

// Accord's look for a list of records: whole rows selected one at a time, no grid and no row numbers, rows roomy
// enough to read from the back of a room, the last column taking the width the others leave.
void setUp(QTableView* table, Editing editing);
// Wraps long text, each row as tall as its text needs at the columns' current widths: rows are fitted again whenever
// the rows or the widths change, so a view laid out before it was first shown does not keep rows fitted to columns
// that were narrower then.
void wrapRows(QTableView* table);
// A new table in that look, named for tests and style sheets, showing the model.
QTableView* make(const char* objectName, QAbstractItemModel* model, Editing editing, QWidget* parent);

// The row selected in such a table, or -1.
int selectedRow(const QTableView* table);

} // namespace accord::ListTable
