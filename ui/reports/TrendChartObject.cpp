#include "TrendChartObject.h"

#include "scorecard/Scorecard.h"
#include "scorecard/TrendChart.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QGraphicsScene>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>

namespace accord {
namespace {

constexpr int RowProperty = QTextFormat::UserProperty + 10;
// Height over width: a chart as wide as the text and a little under half as high.
constexpr qreal Aspect = 0.42;
// The chart is drawn this much larger than its place and scaled down, so its labels come out smaller than body
// text.
constexpr qreal Zoom = 1.3;

} // namespace

TrendChartObject::TrendChartObject(QObject* parent) : QObject(parent) {}

void TrendChartObject::registerWith(QTextDocument* document)
{
    document->documentLayout()->registerHandler(Type, new TrendChartObject(document));
}

QTextCharFormat TrendChartObject::format(const ScorecardRow& row)
{
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(RowProperty, QVariant::fromValue(row));
    return format;
}

QSizeF TrendChartObject::intrinsicSize(QTextDocument* document, int, const QTextFormat&)
{
    const QTextFrameFormat frame = document->rootFrame()->frameFormat();
    const qreal width = document->pageSize().width() - frame.leftMargin() - frame.rightMargin() - 2;
    return QSizeF(width, width * Aspect);
}

void TrendChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    const auto row = format.property(RowProperty).value<ScorecardRow>();
    TrendChart view;
    view.showRow(&row);
    const QSizeF size = rect.size() * Zoom;
    view.chart()->resize(size);
    view.scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    view.scene()->render(painter, rect, QRectF(QPointF(0, 0), size));
}

} // namespace accord
