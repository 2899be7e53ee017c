#include "OnePageSection.h"

#include "ReportStyle.h"

#include <QTextDocument>

namespace accord {
namespace {

constexpr qreal SmallestPoints = 6.5;
constexpr qreal Step = 0.5;

} // namespace

OnePageSection::OnePageSection(const QString& title, Typeset typeset)
    : TextSection(title, typeset(ReportStyle::bodyPoints())), m_typeset(std::move(typeset))
{}

void OnePageSection::layout(const PageGeometry& geometry)
{
    TextSection::layout(geometry);
    for (qreal points = ReportStyle::bodyPoints() - Step; pageCount() > 1 && points >= SmallestPoints; points -= Step) {
        setDocument(m_typeset(points));
        TextSection::layout(geometry);
    }
}

} // namespace accord
