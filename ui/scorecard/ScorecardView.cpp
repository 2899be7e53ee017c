#include "ScorecardView.h"

#include "FunnelChart.h"
#include "LineageDialog.h"
#include "ScorecardModel.h"
#include "TrendChart.h"
#include "common/MessageBar.h"
#include "common/TableColumns.h"
#include "domain/Period.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace accord {
namespace {

// How far back the board looks: half a year by month, a year by quarter.
constexpr int MonthsShown = 6;
constexpr int QuartersShown = 4;

} // namespace

ScorecardView::ScorecardView(QWidget* parent)
    : QWidget(parent), m_model(new ScorecardModel(this)), m_messages(new MessageBar(this)),
      m_period(new QComboBox(this)), m_breakdown(new QComboBox(this)), m_table(new QTableView(this)),
      m_trend(new TrendChart(this)), m_funnel(new FunnelChart(this))
{
    setObjectName(QStringLiteral("scorecardView"));
    m_messages->hide();
    m_period->setObjectName(QStringLiteral("scorecardPeriod"));
    m_period->addItem(tr("By month"), int(MetricEvaluator::Granularity::Month));
    m_period->addItem(tr("By quarter"), int(MetricEvaluator::Granularity::Quarter));
    m_breakdown->setObjectName(QStringLiteral("scorecardBreakdown"));
    m_breakdown->addItem(tr("Whole company"), int(MetricEvaluator::Dimension::None));
    m_breakdown->addItem(tr("By source"), int(MetricEvaluator::Dimension::Source));
    m_breakdown->addItem(tr("By segment"), int(MetricEvaluator::Dimension::Segment));
    m_breakdown->addItem(tr("By owner"), int(MetricEvaluator::Dimension::Owner));
    m_breakdown->addItem(tr("By team"), int(MetricEvaluator::Dimension::Team));

    m_table->setObjectName(QStringLiteral("scorecardTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setMouseTracking(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 2);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultSectionSize(m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    TableColumns::setWidths(m_table,
                            {{ScorecardModel::Section, 6}, {ScorecardModel::Name, 17}, {ScorecardModel::Group, 10}});
    TableColumns::keepWidthsAcrossResets(m_table);
    m_trend->setObjectName(QStringLiteral("trendChart"));
    m_funnel->setObjectName(QStringLiteral("funnelChart"));

    auto* heading = new QLabel(tr("Scorecard"), this);
    heading->setObjectName(QStringLiteral("areaHeading"));
    auto* legend =
        new QLabel(tr("Click a number to see how it was made · Δ the definition changed in that period"), this);
    legend->setObjectName(QStringLiteral("scorecardLegend"));
    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(heading);
    top->addSpacing(12);
    top->addWidget(m_period);
    top->addWidget(m_breakdown);
    top->addStretch(1);
    top->addWidget(legend);

    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->setChildrenCollapsible(false);
    charts->setHandleWidth(16);
    charts->addWidget(m_trend);
    charts->addWidget(m_funnel);
    charts->setSizes({1000, 1200});
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(16);
    splitter->addWidget(m_table);
    splitter->addWidget(charts);
    splitter->setSizes({1100, 900});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ScorecardView::refresh);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &ScorecardView::refresh);
    connect(m_table, &QTableView::clicked, this, &ScorecardView::openLineage);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ScorecardView::showCurrentTrend);
}

void ScorecardView::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    if (m_lineage)
        m_lineage->close();
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::tablesChanged, this, [this](const QSet<QString>& tables) {
            static const QSet<QString> read{QStringLiteral("crm_records"), QStringLiteral("metrics"),
                                            QStringLiteral("metric_versions"), QStringLiteral("metric_values"),
                                            QStringLiteral("funnel_stages")};
            if (!tables.intersects(read))
                return;
            // A board over a million records takes a moment; one nobody looks at waits until it is shown.
            m_stale = true;
            if (isVisible())
                refresh();
        });
    }
    m_stale = true;
    if (isVisible() || !m_workspace)
        refresh();
}

void ScorecardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

ScorecardOptions ScorecardView::options() const
{
    ScorecardOptions result;
    result.period = MetricEvaluator::Granularity(m_period->currentData().toInt());
    result.dimension = MetricEvaluator::Dimension(m_breakdown->currentData().toInt());
    result.to = m_workspace ? m_workspace->clock().today() : QDate();
    const QDate thisMonth(result.to.year(), result.to.month(), 1);
    result.from = result.period == MetricEvaluator::Granularity::Quarter
                      ? Period::quarter(thisMonth).first.addMonths(-3 * (QuartersShown - 1))
                      : thisMonth.addMonths(-(MonthsShown - 1));
    return result;
}

void ScorecardView::refresh()
{
    m_stale = false;
    m_messages->hide();
    const int currentRow = m_table->currentIndex().row();
    if (!m_workspace) {
        m_model->setRows({}, {}, {});
        m_funnel->clear();
        showCurrentTrend();
        return;
    }
    const ScorecardOptions shown = options();
    QString error;
    QList<ScorecardRow> rows = Scorecard::build(*m_workspace, shown, &error);
    if (error.isEmpty())
        m_funnel->recount(*m_workspace, shown.from, shown.to, &error);
    if (!error.isEmpty())
        m_messages->showMessage(tr("The scorecard could not be computed: %1").arg(error), MessageBar::Kind::Error);
    const QStringList periods = Scorecard::periods(shown);
    // The range ends today, so its last period is the one in progress.
    m_model->setRows(std::move(rows), periods, periods.value(periods.size() - 1));
    m_table->setColumnHidden(ScorecardModel::Group, shown.dimension == MetricEvaluator::Dimension::None);
    const int row = std::clamp(currentRow, 0, std::max(0, m_model->rowCount() - 1));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(row, ScorecardModel::Name));
    showCurrentTrend();
}

void ScorecardView::showCurrentTrend()
{
    m_trend->showRow(m_model->rowAt(m_table->currentIndex().row()));
}

LineageDialog* ScorecardView::lineage() const
{
    return m_lineage;
}

bool ScorecardView::openLineage(const QModelIndex& index)
{
    const ScorecardRow* row = m_model->rowAt(index.row());
    const QString period = m_model->periodAt(index.column());
    if (!m_workspace || !row || period.isEmpty())
        return false;
    const ScorecardOptions shown = options();
    LineageRequest request{row->metric, row->cells.at(index.column() - ScorecardModel::FirstPeriod),
                           row->group,  {shown.period, shown.dimension},
                           shown.from,  shown.to};
    if (m_lineage)
        m_lineage->close();
    m_lineage = new LineageDialog(*m_workspace, request, this);
    m_lineage->setAttribute(Qt::WA_DeleteOnClose);
    m_lineage->open();
    return true;
}

} // namespace accord
