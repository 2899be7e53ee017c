#include "FrictionMatrixView.h"

#include "ConflictPatternsModel.h"
#include "FrictionTypesModel.h"
#include "HeatMapView.h"
#include "common/MessageBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace accord {
namespace {

QTableView* makeTable(const char* objectName, QAbstractItemModel* model, const QList<int>& textColumns, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(QLatin1String(objectName));
    table->setModel(model);
    table->setWordWrap(true);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long texts share the width and wrap; short columns (numbers, values) take what they need.
    QHeaderView* header = table->horizontalHeader();
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap));
    header->setMinimumHeight(table->fontMetrics().lineSpacing() * 2 + 16);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : textColumns)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    return table;
}

} // namespace

FrictionMatrixView::FrictionMatrixView(QWidget* parent)
    : QWidget(parent), m_heatMap(new HeatMapView(this)), m_types(new FrictionTypesModel(this)),
      m_patterns(new ConflictPatternsModel(this)), m_tabs(new QTabWidget(this)), m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("frictionMatrixView"));
    m_tabs->setObjectName(QStringLiteral("frictionMatrixTabs"));
    m_tabs->addTab(m_heatMap, tr("Heat map"));
    m_tabs->addTab(catalogPane(makeTable("frictionTypesTable", m_types,
                                         {FrictionTypesModel::LooksLike, FrictionTypesModel::RootCause,
                                          FrictionTypesModel::Mechanism},
                                         this),
                               "restoreFrictionTypes", [this] { return m_types->restoreDefaults(); }),
                   tr("Friction types"));
    m_tabs->addTab(catalogPane(makeTable("conflictPatternsTable", m_patterns,
                                         {ConflictPatternsModel::Complaint, ConflictPatternsModel::RevopsEnables,
                                          ConflictPatternsModel::Artifact, ConflictPatternsModel::QuickFix},
                                         this),
                               "restoreConflictPatterns", [this] { return m_patterns->restoreDefaults(); }),
                   tr("Conflict patterns"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    connect(m_heatMap, &HeatMapView::drillDown, this, &FrictionMatrixView::drillDown);
}

void FrictionMatrixView::setWorkspace(Workspace* workspace)
{
    m_heatMap->setWorkspace(workspace);
    m_types->setWorkspace(workspace);
    m_patterns->setWorkspace(workspace);
}

QWidget* FrictionMatrixView::catalogPane(QTableView* table, const char* restoreName,
                                         const std::function<int()>& restore)
{
    auto* pane = new QWidget(this);
    auto* button = new QPushButton(tr("Restore built-in texts"), pane);
    button->setObjectName(QLatin1String(restoreName));
    button->setToolTip(tr("Puts the catalogue's own texts back into the rows that came with it; rows you added "
                          "keep theirs. Undo takes it back."));
    connect(button, &QPushButton::clicked, this, [this, restore] {
        const int restored = restore();
        if (restored > 0)
            m_message->showMessage(tr("Built-in texts restored in %n row(s). Undo takes them back.", nullptr, restored),
                                   MessageBar::Kind::Information);
        else
            m_message->showMessage(tr("Every built-in row already has its built-in texts."),
                                   MessageBar::Kind::Information);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(button);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    return pane;
}

} // namespace accord
