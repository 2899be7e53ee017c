#pragma once

#include <QCoreApplication>
#include <QString>

class QPageSize;
class QPagedPaintDevice;

namespace accord {

struct Report;

// Paints a report page by page on a PDF writer or a printer (the print preview is one): each section's pages,
// with the company and date at the top and "Page x of y" at the bottom, which QTextDocument cannot do itself.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    // Lays the report out for the device's paper; the number of pages it will have.
    static int layout(Report& report, const QPageSize& pageSize);
    static bool paint(Report& report, QPagedPaintDevice& device, QString* error);
    // Title and creator through QPdfWriter, author and subject through the document's XMP metadata.
    static bool writePdf(Report& report, const QString& path, const QPageSize& pageSize, QString* error);
    static QByteArray xmpMetadata(const Report& report);
};

} // namespace accord
