#pragma once

#include "TextSection.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace accord {

// The list of a report's sections with the page each starts on. Its own length moves the pages after it, so it is
// typeset again with the numbers it leads to until they stay the same.
class TableOfContents : public TextSection
{
    Q_DECLARE_TR_FUNCTIONS(TableOfContents)

public:
    TableOfContents();

    // Not listed in itself.
    QString title() const override { return QString(); }
    // Every section laid out already; fills in the page numbers, physical pages counted from 1.
    void settle(const std::vector<std::unique_ptr<ReportSection>>& sections, const PageGeometry& geometry);

private:
    void fill(const std::vector<std::unique_ptr<ReportSection>>& sections);
};

} // namespace accord
