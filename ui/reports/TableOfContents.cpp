#include "TableOfContents.h"

#include "ReportBuilder.h"

#include <QTextDocument>

namespace accord {

TableOfContents::TableOfContents() : TextSection(QString(), std::make_unique<QTextDocument>()) {}

void TableOfContents::fill(const std::vector<std::unique_ptr<ReportSection>>& sections)
{
    auto document = std::make_unique<QTextDocument>();
    ReportBuilder builder(document.get());
    builder.title(tr("Contents"));
    builder.spacer(8);
    QList<QStringList> rows;
    int page = 1;
    for (const auto& section : sections) {
        if (!section->title().isEmpty())
            rows.append({section->title(), QString::number(page)});
        page += section->pageCount();
    }
    builder.table({tr("Section"), tr("Page")}, rows, {88, 12});
    setDocument(std::move(document));
}

void TableOfContents::settle(const std::vector<std::unique_ptr<ReportSection>>& sections, const PageGeometry& geometry)
{
    layout(geometry);
    // A longer contents pushes every later page on; a handful of rounds settles even a hundred-case pack.
    for (int round = 0; round < 5; ++round) {
        const int before = pageCount();
        fill(sections);
        if (pageCount() == before)
            return;
    }
}

} // namespace accord
