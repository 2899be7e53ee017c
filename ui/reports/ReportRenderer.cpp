#include "ReportRenderer.h"

#include "Report.h"
#include "ReportStyle.h"
#include "TableOfContents.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QXmlStreamWriter>

namespace accord {
namespace {

PageGeometry geometryFor(const QPageSize& pageSize)
{
    return PageGeometry{ReportStyle::pageSizeInUnits(pageSize), ReportStyle::pageMargins()};
}

// The running header and footer, painted in device pixels with fonts in points so they come out the same size on
// any resolution.
void paintFrame(QPainter& painter, const Report& report, const PageGeometry& geometry, qreal scale, int page, int pages)
{
    const QMarginsF m = geometry.margins;
    const qreal left = m.left() * scale;
    const qreal right = (geometry.page.width() - m.right()) * scale;
    const qreal width = right - left;
    painter.save();
    painter.setPen(ReportStyle::muted);
    const QFont small = ReportStyle::font(7.5);
    QFont strong = ReportStyle::font(7.5, QFont::DemiBold);
    painter.setFont(strong);
    const qreal headerBaseline = (m.top() - ReportStyle::millimetres(9)) * scale;
    const QFontMetricsF metrics(strong, painter.device());
    const QString date = QLocale().toString(report.date, QStringLiteral("d MMMM yyyy"));
    const qreal dateWidth = QFontMetricsF(small, painter.device()).horizontalAdvance(date);
    painter.drawText(QPointF(left, headerBaseline),
                     metrics.elidedText(report.company, Qt::ElideRight, width - dateWidth - 12 * scale));
    painter.setFont(small);
    painter.drawText(QPointF(right - dateWidth, headerBaseline), date);
    QPen rule(ReportStyle::rule);
    rule.setWidthF(0.75 * scale);
    painter.setPen(rule);
    const qreal ruleY = headerBaseline + 2.5 * ReportStyle::millimetres(1) * scale;
    painter.drawLine(QPointF(left, ruleY), QPointF(right, ruleY));

    painter.setPen(ReportStyle::muted);
    const qreal footerBaseline = (geometry.page.height() - m.bottom() + ReportStyle::millimetres(10)) * scale;
    const QString number = ReportRenderer::tr("Page %1 of %2").arg(page).arg(pages);
    const QFontMetricsF smallMetrics(small, painter.device());
    const qreal numberWidth = smallMetrics.horizontalAdvance(number);
    painter.drawText(QPointF(right - numberWidth, footerBaseline), number);
    painter.drawText(QPointF(left, footerBaseline),
                     smallMetrics.elidedText(report.title, Qt::ElideRight, width - numberWidth - 12 * scale));
    painter.restore();
}

} // namespace

int ReportRenderer::layout(Report& report, const QPageSize& pageSize)
{
    const PageGeometry geometry = geometryFor(pageSize);
    for (const auto& section : report.sections)
        section->layout(geometry);
    if (report.contents)
        report.contents->settle(report.sections, geometry);
    int pages = 0;
    for (const auto& section : report.sections)
        pages += section->pageCount();
    return pages;
}

bool ReportRenderer::paint(Report& report, QPagedPaintDevice& device, QString* error)
{
    // The report's margins are its own: the painter starts at the paper's corner.
    QPageLayout pageLayout = device.pageLayout();
    pageLayout.setMode(QPageLayout::FullPageMode);
    device.setPageLayout(pageLayout);
    const QPageSize pageSize = pageLayout.pageSize();
    const int pages = layout(report, pageSize);
    const PageGeometry geometry = geometryFor(pageSize);
    QPainter painter;
    if (!painter.begin(&device)) {
        if (error)
            *error = tr("Could not start painting the report.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = device.width() / geometry.page.width();
    int page = 0;
    for (const auto& section : report.sections) {
        for (int i = 0; i < section->pageCount(); ++i) {
            if (page > 0 && !device.newPage()) {
                if (error)
                    *error = tr("Could not start page %1 of the report.").arg(page + 1);
                return false;
            }
            ++page;
            painter.save();
            painter.scale(scale, scale);
            section->paintPage(painter, i);
            painter.restore();
            if (section->hasRunningHeader())
                paintFrame(painter, report, geometry, scale, page, pages);
        }
    }
    return painter.end();
}

QByteArray ReportRenderer::xmpMetadata(const Report& report)
{
    // Qt writes its own XMP packet only when none is given, so this one carries everything a reader looks for.
    QByteArray xmp;
    QXmlStreamWriter w(&xmp);
    const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString xmpNs = QStringLiteral("http://ns.adobe.com/xap/1.0/");
    const QString pdf = QStringLiteral("http://ns.adobe.com/pdf/1.3/");
    w.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("begin='' id='W5M0MpCehiHzreSzNTczkc9d'"));
    w.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    w.writeNamespace(rdf, QStringLiteral("rdf"));
    w.writeNamespace(dc, QStringLiteral("dc"));
    w.writeNamespace(xmpNs, QStringLiteral("xmp"));
    w.writeNamespace(pdf, QStringLiteral("pdf"));
    w.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    w.writeStartElement(rdf, QStringLiteral("RDF"));
    w.writeStartElement(rdf, QStringLiteral("Description"));
    w.writeAttribute(rdf, QStringLiteral("about"), QString());
    const auto alternative = [&](const QString& name, const QString& text) {
        w.writeStartElement(dc, name);
        w.writeStartElement(rdf, QStringLiteral("Alt"));
        w.writeStartElement(rdf, QStringLiteral("li"));
        w.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
        w.writeCharacters(text);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    };
    alternative(QStringLiteral("title"), report.title);
    alternative(QStringLiteral("description"), report.subject);
    w.writeStartElement(dc, QStringLiteral("creator"));
    w.writeStartElement(rdf, QStringLiteral("Seq"));
    w.writeTextElement(rdf, QStringLiteral("li"), report.author);
    w.writeEndElement();
    w.writeEndElement();
    w.writeTextElement(xmpNs, QStringLiteral("CreatorTool"), QCoreApplication::applicationName());
    w.writeTextElement(xmpNs, QStringLiteral("CreateDate"), QDateTime::currentDateTime().toString(Qt::ISODate));
    w.writeTextElement(pdf, QStringLiteral("Producer"), QStringLiteral("Qt " QT_VERSION_STR));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end='w'"));
    return xmp;
}

bool ReportRenderer::writePdf(Report& report, const QString& path, const QPageSize& pageSize, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(report.title);
        writer.setCreator(QCoreApplication::applicationName());
        writer.setDocumentXmpMetadata(xmpMetadata(report));
        if (!paint(report, writer, error))
            return false;
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace accord
