#pragma once

#include <QString>
#include <QStringList>

namespace accord::test {

// What poppler's tools (pdftotext, pdfinfo) read from a PDF, as a reader's PDF viewer would see it.
struct PdfText
{
    // The path of a poppler tool, empty when it is not installed.
    static QString tool(const QString& name);
    // The text of pages first..last (1-based; 0 for all), laid out as on the page.
    static QString text(const QString& pdf, int first = 0, int last = 0);
    // pdfinfo's "Key: value" lines; with xmp, the document's XMP metadata instead.
    static QString info(const QString& pdf, bool xmp = false);
    static QString infoValue(const QString& info, const QString& key);
    static int pages(const QString& pdf);
    // All runs of white space as one space, so that text wrapped over lines compares with the text written.
    static QString simplified(const QString& text);
    // The index of the first of needles not found in text in this order; -1 when all are there in order.
    static int firstOutOfOrder(const QString& text, const QStringList& needles);
};

} // namespace accord::test
