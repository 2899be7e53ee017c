#include "ReportStyle.h"

namespace accord::ReportStyle {

QPageSize pageSize(const QString& code)
{
    return QPageSize(code == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4);
}

QSizeF pageSizeInUnits(const QPageSize& size)
{
    return size.size(QPageSize::Point) * (LayoutDpi / 72.0);
}

qreal millimetres(qreal mm)
{
    return mm / 25.4 * LayoutDpi;
}

QMarginsF pageMargins()
{
    return QMarginsF(millimetres(20), millimetres(24), millimetres(20), millimetres(20));
}

QFont font(qreal points, QFont::Weight weight)
{
    // DejaVu Sans is what packaging/install-deps.sh installs, so every machine typesets a report alike; it is
    // embedded in the PDF.
    QFont f(QStringLiteral("DejaVu Sans"));
    // No ligatures: they would put "ﬁ" where the text says "fi", and a search of the PDF for "first" would miss it.
    f.setStyleHint(QFont::SansSerif, QFont::PreferNoShaping);
    f.setPointSizeF(points);
    f.setWeight(weight);
    return f;
}

qreal bodyPoints()
{
    return 9.5;
}

} // namespace accord::ReportStyle
