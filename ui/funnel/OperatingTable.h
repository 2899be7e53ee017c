#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace accord {

// A table of the operating model's records as the funnel area shows them: whole rows selected one at a time,
// edited in place, and rows tall enough for two lines of criteria or description.
QTableView* makeOperatingTable(const char* objectName, QAbstractItemModel* model, QWidget* parent);

// The row selected in such a table, or -1.
int selectedRow(const QTableView* table);

} // namespace accord
