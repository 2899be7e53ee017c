#include "HeatMapView.h"

#include "HeatMapDelegate.h"
#include "HeatMapModel.h"
#include "cases/CaseListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QTableView>
#include <QVBoxLayout>

namespace accord {

HeatMapView::HeatMapView(QWidget* parent)
    : QWidget(parent), m_model(new HeatMapModel(this)), m_cellCases(new CaseListModel(this)),
      m_measure(new QComboBox(this)), m_table(new QTableView(this)), m_cellTitle(new QLabel(this)),
      m_caseList(new QListView(this))
{
    setObjectName(QStringLiteral("heatMapView"));
    m_measure->setObjectName(QStringLiteral("heatMapMeasure"));
    for (HeatMapModel::Measure measure : HeatMapModel::measures())
        m_measure->addItem(HeatMapModel::measureName(measure), int(measure));

    m_table->setObjectName(QStringLiteral("heatMapTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new HeatMapDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMouseTracking(true);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    // Two lines for names such as "Customer Success", which wrap in a narrow column.
    m_table->horizontalHeader()->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 2 + 16);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->installEventFilter(this);

    m_cellTitle->setObjectName(QStringLiteral("sectionHeading"));
    m_cellTitle->setWordWrap(true);
    m_caseList->setObjectName(QStringLiteral("heatMapCellCases"));
    m_caseList->setModel(m_cellCases);
    m_caseList->setModelColumn(CaseListModel::Title);
    m_caseList->setWordWrap(true);
    m_caseList->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Friction heat map"), this);
    heading->setObjectName(QStringLiteral("areaHeading"));
    auto* measureLabel = new QLabel(tr("&Shade by:"), this);
    measureLabel->setBuddy(m_measure);
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(measureLabel);
    top->addWidget(m_measure);

    auto* side = new QVBoxLayout;
    side->addWidget(m_cellTitle);
    side->addWidget(m_caseList, 1);
    auto* body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(m_table, 4);
    body->addLayout(side, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    connect(m_measure, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setMeasure(HeatMapModel::Measure(m_measure->currentData().toInt())); });
    connect(m_table, &QTableView::entered, this, &HeatMapView::showCell);
    connect(m_table, &QTableView::doubleClicked, this, &HeatMapView::open);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &HeatMapView::showCell);
    connect(m_caseList, &QListView::activated, this, [this] { open(m_table->currentIndex()); });
    showCell({});
}

void HeatMapView::setWorkspace(Workspace* workspace)
{
    m_model->setWorkspace(workspace);
    m_cellCases->setWorkspace(workspace);
    showCell({});
}

bool HeatMapView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            open(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HeatMapView::showCell(const QModelIndex& index)
{
    const CaseFilter filter = m_model->filterFor(index);
    if (filter.teamId == 0) {
        m_cellTitle->setText(tr("Point at a cell to see its cases."));
        // No team has the id -1: the list stays empty while no cell is pointed at.
        CaseFilter none;
        none.teamId = none.otherTeamId = -1;
        m_cellCases->setFilter(none);
        return;
    }
    m_cellTitle->setText(tr("%1 and %2: %n open case(s)", nullptr, index.data().toInt())
                             .arg(m_model->headerData(index.row(), Qt::Vertical).toString(),
                                  m_model->headerData(index.column(), Qt::Horizontal).toString()));
    m_cellCases->setFilter(filter);
}

void HeatMapView::open(const QModelIndex& index)
{
    if (index.data().toInt() > 0)
        Q_EMIT drillDown(m_model->filterFor(index));
}

} // namespace accord
