#include "FunnelChart.h"

#include "domain/FunnelStage.h"
#include "formula/FormulaParser.h"
#include "storage/MetricEvaluator.h"
#include "workspace/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

namespace accord {

FunnelChart::FunnelChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->hide();
    chart()->setBackgroundRoundness(0);
}

void FunnelChart::clear()
{
    m_stages.clear();
    draw(QString());
}

bool FunnelChart::recount(Workspace& workspace, QDate from, QDate to, QString* error)
{
    m_stages.clear();
    error->clear();
    const auto vocabulary = FormulaVocabulary::load(workspace.database(), error);
    if (!vocabulary)
        return false;
    for (const FunnelStage& stage : workspace.repository<FunnelStage>().list({}, error)) {
        // A lead is never won or lost, its opportunity is: those stages are counted on the opportunities, the
        // others on the leads, so that nobody is counted twice.
        const bool onDeals =
            stage.recordField == QLatin1String("won_at") || stage.recordField == QLatin1String("lost_at");
        const QString text = QStringLiteral("count(%1 where reached(%2))")
                                 .arg(onDeals ? QStringLiteral("opportunities") : QStringLiteral("leads"), stage.code);
        FormulaError formulaError;
        const auto formula = FormulaParser::parse(text, *vocabulary, &formulaError);
        if (!formula) {
            *error = formulaError.message;
            return false;
        }
        const QList<MetricEvaluator::Point> points = MetricEvaluator::evaluate(
            workspace.database(), *formula, {MetricEvaluator::Granularity::Whole, MetricEvaluator::Dimension::None},
            from, to, error);
        if (!error->isEmpty())
            return false;
        // The bars are narrow, so a stage is named by its short code (MQL, Opportunity) rather than its full name.
        const QString shortName =
            stage.code.size() <= 3 ? stage.code.toUpper() : stage.code.left(1).toUpper() + stage.code.mid(1);
        Stage counted{shortName, points.isEmpty() ? 0 : points.constFirst().value.value_or(0), std::nullopt};
        if (!m_stages.isEmpty() && m_stages.constLast().count > 0)
            counted.conversion = 100 * counted.count / m_stages.constLast().count;
        m_stages.append(counted);
    }
    const QLocale locale;
    draw(tr("Funnel of the records created %1 – %2")
             .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat)));
    return true;
}

void FunnelChart::draw(const QString& title)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis);
    c->setTitle(title);
    if (m_stages.isEmpty())
        return;
    const QLocale locale;
    auto* counts = new QBarSet(tr("Records"), c);
    counts->setColor(QColor(0x2f, 0x4b, 0x7c));
    counts->setLabelColor(Qt::black);
    QStringList categories;
    double highest = 0;
    for (const Stage& stage : std::as_const(m_stages)) {
        *counts << stage.count;
        highest = std::max(highest, stage.count);
        categories << (stage.conversion ? tr("%1<br>→ %2%").arg(stage.name, locale.toString(*stage.conversion, 'f', 1))
                                        : stage.name);
    }
    auto* series = new QBarSeries(c);
    series->append(counts);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    c->addSeries(series);
    auto* axisX = new QBarCategoryAxis(c);
    axisX->append(categories);
    auto* axisY = new QValueAxis(c);
    axisY->setRange(0, highest * 1.15 + 1);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%d"));
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
}

} // namespace accord
