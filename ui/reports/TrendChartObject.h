#pragma once

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace accord {

struct ScorecardRow;

// A metric's trend chart inside a report's text: the scorecard's own TrendChart, painted as vectors at the place
// the object stands in the document, so the PDF's chart is sharp and its labels are text.
class TrendChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 1;

    // Makes the document paint trend charts; the handler belongs to the document.
    static void registerWith(QTextDocument* document);
    // The character format that stands for the row's chart.
    static QTextCharFormat format(const ScorecardRow& row);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    explicit TrendChartObject(QObject* parent);
};

} // namespace accord
