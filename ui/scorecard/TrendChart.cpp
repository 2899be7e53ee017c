#include "TrendChart.h"

#include "ScorecardText.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace accord {

TrendChart::TrendChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setBackgroundRoundness(0);
    showRow(nullptr);
}

void TrendChart::showRow(const ScorecardRow* row)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis);
    if (!row) {
        c->setTitle(tr("Select a metric to see its trend"));
        return;
    }
    const Metric& metric = row->metric;
    QString title = row->group.isEmpty() ? metric.name : tr("%1 — %2").arg(metric.name, row->group);
    QStringList changed;
    for (const ScorecardCell& cell : row->cells)
        if (cell.definitionChanged)
            changed << cell.period;
    if (!changed.isEmpty())
        title += QLatin1Char('\n') + tr("Δ definition changed in %1").arg(changed.join(tr(", ")));
    c->setTitle(title);

    auto* values = new QLineSeries(c);
    values->setName(tr("Value"));
    QPen line(QColor(0x2f, 0x4b, 0x7c));
    line.setWidthF(2.5);
    values->setPen(line);
    auto* target = new QLineSeries(c);
    target->setName(tr("Target %1").arg(ScorecardText::value(metric, metric.target)));
    QPen dashed(ScorecardText::ragColor(Rag::Green));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(2);
    target->setPen(dashed);
    QList<QScatterSeries*> marks;
    for (Rag rag : {Rag::Green, Rag::Amber, Rag::Red}) {
        auto* mark = new QScatterSeries(c);
        mark->setName(ScorecardText::ragName(rag));
        mark->setColor(ScorecardText::ragColor(rag));
        mark->setBorderColor(ScorecardText::ragColor(rag));
        mark->setMarkerSize(11);
        marks << mark;
    }
    QStringList categories;
    double low = metric.target;
    double high = metric.target;
    for (int i = 0; i < row->cells.size(); ++i) {
        const ScorecardCell& cell = row->cells.at(i);
        // On two lines ("Mar", "2026"), so that a period's name fits under its point however narrow the chart.
        categories << ScorecardText::periodName(cell.period).replace(QLatin1Char(' '), QStringLiteral("<br>"));
        target->append(i, metric.target);
        if (!cell.value)
            continue;
        values->append(i, *cell.value);
        low = std::min(low, *cell.value);
        high = std::max(high, *cell.value);
        const Rag rag = Scorecard::rag(metric, cell.value);
        marks.at(rag == Rag::Green ? 0 : rag == Rag::Amber ? 1 : 2)->append(i, *cell.value);
    }
    auto* periods = new QBarCategoryAxis(c);
    periods->append(categories);
    auto* axisY = new QValueAxis(c);
    const double margin = std::max((high - low) * 0.15, std::abs(high) * 0.05 + 1e-9);
    // Non-negative measures start at zero: a margin below it would draw an axis of negative hours or counts.
    axisY->setRange(low >= 0 ? 0.0 : low - margin, high + margin);
    axisY->applyNiceNumbers();
    c->addAxis(periods, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);
    c->addSeries(target);
    c->addSeries(values);
    for (QScatterSeries* mark : std::as_const(marks))
        c->addSeries(mark);
    for (QAbstractSeries* series : c->series()) {
        series->attachAxis(periods);
        series->attachAxis(axisY);
    }
    // The points already say red, amber or green; a legend entry for a colour with no point would only confuse.
    for (QScatterSeries* mark : std::as_const(marks))
        if (mark->count() == 0)
            c->legend()->markers(mark).constFirst()->setVisible(false);
}

} // namespace accord
