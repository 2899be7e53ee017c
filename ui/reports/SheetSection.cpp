#include "SheetSection.h"

#include "ReportStyle.h"

#include <QPainter>
#include <algorithm>

namespace accord {
namespace {

constexpr qreal Gap = 18;

} // namespace

SheetSection::SheetSection(const QString& title, const QList<PresentationSheet>& sheets, QSize sheetSize)
    : m_title(title), m_sheets(sheets), m_sheetSize(sheetSize)
{}

void SheetSection::layout(const PageGeometry& geometry)
{
    m_geometry = geometry;
    const QRectF content = geometry.content();
    const qreal height = content.width() * m_sheetSize.height() / m_sheetSize.width();
    m_perPage = std::max(1, int((content.height() + Gap) / (height + Gap)));
}

int SheetSection::pageCount() const
{
    return std::max<int>(1, int((m_sheets.size() + m_perPage - 1) / m_perPage));
}

void SheetSection::paintPage(QPainter& painter, int page) const
{
    const QRectF content = m_geometry.content();
    const qreal scale = content.width() / m_sheetSize.width();
    const qreal height = m_sheetSize.height() * scale;
    for (int i = 0; i < m_perPage; ++i) {
        const qsizetype index = qsizetype(page) * m_perPage + i;
        if (index >= m_sheets.size())
            break;
        const QRectF place(content.left(), content.top() + i * (height + Gap), content.width(), height);
        painter.save();
        painter.setClipRect(place);
        painter.translate(place.topLeft());
        painter.scale(scale, scale);
        m_sheets.at(index).paint(painter);
        painter.restore();
        painter.save();
        QPen frame(ReportStyle::rule);
        frame.setWidthF(0.75);
        painter.setPen(frame);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(place);
        painter.restore();
    }
}

} // namespace accord
