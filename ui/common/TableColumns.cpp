#include "TableColumns.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>
#include <memory>

namespace accord::TableColumns {

void setWidths(QTableView* table, const QList<std::pair<int, int>>& columnEms)
{
    // The style sheet's header font and padding count only once the table is polished.
    table->ensurePolished();
    QHeaderView* header = table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QFont titleFont = header->font();
    titleFont.setBold(true);
    const QFontMetrics title(titleFont);
    // Padding on both sides and the sort indicator.
    const int chrome = 4 * em;
    for (const auto& [column, ems] : columnEms) {
        const QString text = table->model()->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(
            column, std::max({ems * em, title.horizontalAdvance(text) + chrome, header->sectionSizeHint(column)}));
    }
}

void keepWidthsAcrossResets(QTableView* table)
{
    auto widths = std::make_shared<QList<int>>();
    QHeaderView* header = table->horizontalHeader();
    QObject::connect(table->model(), &QAbstractItemModel::modelAboutToBeReset, header, [header, widths] {
        widths->clear();
        for (int section = 0; section < header->count(); ++section)
            widths->append(header->sectionSize(section));
    });
    QObject::connect(table->model(), &QAbstractItemModel::modelReset, header, [header, widths] {
        for (int section = 0; section < std::min(header->count(), int(widths->size())); ++section)
            if (header->sectionResizeMode(section) == QHeaderView::Interactive)
                header->resizeSection(section, widths->at(section));
    });
}

} // namespace accord::TableColumns
