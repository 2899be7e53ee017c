#include "OperatingTable.h"

#include "common/ListTable.h"

#include <QHeaderView>
#include <QTableView>

namespace accord {

QTableView* makeOperatingTable(const char* objectName, QAbstractItemModel* model, QWidget* parent)
{
    QTableView* table = ListTable::make(objectName, model, ListTable::Editing::InPlace, parent);
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().lineSpacing() * 2 + 14);
    return table;
}

} // namespace accord
