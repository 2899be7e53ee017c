#pragma once

#include <QMarginsF>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace accord {

// A page in layout units (see ReportStyle::LayoutDpi): the paper and the margins the running header and footer
// live in.
struct PageGeometry
{
    QSizeF page;
    QMarginsF margins;

    QRectF content() const { return QRectF(QPointF(0, 0), page).marginsRemoved(margins); }
};

// A run of pages of a report: a typeset document, or pages painted directly such as the heat map. Sections lay
// themselves out for a page size first, so that the table of contents can know every section's page count before
// anything is painted.
class ReportSection
{
public:
    virtual ~ReportSection() = default;

    // The title listed in the table of contents; empty for sections it does not list (the cover, itself).
    virtual QString title() const = 0;
    virtual void layout(const PageGeometry& geometry) = 0;
    virtual int pageCount() const = 0;
    // Paints one page in layout units, the page's top left corner at the origin.
    virtual void paintPage(QPainter& painter, int page) const = 0;
    // The cover carries no running header or page number.
    virtual bool hasRunningHeader() const { return true; }
};

} // namespace accord
