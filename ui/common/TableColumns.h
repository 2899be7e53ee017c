#pragma once

#include <QList>
#include <utility>

class QTableView;

namespace accord::TableColumns {

// Sizes columns to a width given in ems of the table's font (so they grow with the font on a projector), never
// narrower than the column's title in bold with room for the sort arrow.
void setWidths(QTableView* table, const QList<std::pair<int, int>>& columnEms);

// A model reset makes the header forget its section sizes; this keeps the ones set above or chosen by the user.
void keepWidthsAcrossResets(QTableView* table);

} // namespace accord::TableColumns
