#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace accord {

// A list of the operating model's records as the funnel area shows them (ListTable), edited in place, with rows
// tall enough for two lines of criteria or description.
QTableView* makeOperatingTable(const char* objectName, QAbstractItemModel* model, QWidget* parent);

} // namespace accord
