#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace accord::ReviewTables {

// A read-mostly table the way the review screens show them: whole rows selected, no grid, roomy rows, no row
// numbers, sortable by its proxy.
QTableView* make(const char* objectName, QAbstractItemModel* model, QWidget* parent);

} // namespace accord::ReviewTables
