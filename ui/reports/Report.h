#pragma once

#include "ReportSection.h"

#include <QDate>
#include <QString>
#include <memory>
#include <vector>

namespace accord {

class TableOfContents;

// A report ready to be painted on any paper: its sections in order and what the PDF says about itself.
struct Report
{
    QString title;   // the document's title, also in each page's footer
    QString subject; // what the document is, for the PDF's metadata
    QString author;  // who made it
    QString company; // in each page's header
    QDate date;      // in each page's header
    std::vector<std::unique_ptr<ReportSection>> sections;
    TableOfContents* contents = nullptr; // one of the sections, when the report has one
};

} // namespace accord
