#include "DictionaryView.h"

#include "MetricEditor.h"
#include "MetricListModel.h"
#include "VersionHistoryView.h"
#include "common/ListTable.h"
#include "common/MessageBar.h"
#include "common/TableColumns.h"
#include "export/GlossaryExport.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

namespace accord {

DictionaryView::DictionaryView(QWidget* parent)
    : QWidget(parent), m_model(new MetricListModel(this)), m_messages(new MessageBar(this)),
      m_search(new QLineEdit(this)), m_export(new QPushButton(tr("Export glossary…"), this)),
      m_table(new QTableView(this)), m_editor(new MetricEditor(this)), m_history(new VersionHistoryView(this))
{
    setObjectName(QStringLiteral("dictionaryView"));
    m_search->setObjectName(QStringLiteral("metricSearch"));
    m_search->setPlaceholderText(tr("Search names and definitions"));
    m_search->setClearButtonEnabled(true);
    m_export->setObjectName(QStringLiteral("exportGlossary"));
    m_table->setObjectName(QStringLiteral("metricList"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table, ListTable::Editing::ReadOnly);
    TableColumns::setWidths(m_table, {{MetricListModel::Name, 16},
                                      {MetricListModel::Owner, 9},
                                      {MetricListModel::Unit, 4},
                                      {MetricListModel::Status, 6},
                                      {MetricListModel::Version, 4},
                                      {MetricListModel::Source, 7},
                                      {MetricListModel::Changed, 8}});
    TableColumns::keepWidthsAcrossResets(m_table);

    auto* heading = new QLabel(tr("Metric dictionary"), this);
    heading->setObjectName(QStringLiteral("areaHeading"));
    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_search, 1);
    top->addWidget(m_export);

    // The editor grows with the fields a metric has; on a small screen it scrolls rather than squeezing them.
    auto* editorScroll = new QScrollArea(this);
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* detail = new QSplitter(Qt::Vertical, this);
    detail->setChildrenCollapsible(false);
    detail->setHandleWidth(16);
    detail->addWidget(editorScroll);
    detail->addWidget(m_history);
    detail->setSizes({1300, 1000});

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(24);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setSizes({1000, 1600});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_model, &MetricListModel::setSearchText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DictionaryView::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DictionaryView::restoreSelection);
    connect(m_export, &QPushButton::clicked, this, &DictionaryView::exportGlossary);
    const auto showFailure = [this](const QString& message) {
        m_messages->showMessage(message, MessageBar::Kind::Error);
    };
    connect(m_editor, &MetricEditor::failed, this, showFailure);
    connect(m_history, &VersionHistoryView::failed, this, showFailure);
}

void DictionaryView::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_selected = 0;
    m_search->clear();
    m_editor->setWorkspace(workspace);
    m_history->setWorkspace(workspace);
    m_model->setWorkspace(workspace);
    m_export->setEnabled(workspace != nullptr);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void DictionaryView::selectMetric(Id metricId)
{
    if (m_model->rowOf(metricId) < 0)
        m_search->clear();
    const int row = m_model->rowOf(metricId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void DictionaryView::currentChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const auto metric = m_model->metricAt(current.isValid() ? current.row() : -1);
    // A search that hides the selected metric leaves it open: the user is still working on it.
    if (!metric && m_selected)
        return;
    m_selected = metric ? metric->id : 0;
    m_editor->setMetricId(m_selected);
    m_history->setMetricId(m_selected);
}

void DictionaryView::restoreSelection()
{
    const int row = m_model->rowOf(m_selected);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() == 1)
        m_table->selectRow(0);
}

void DictionaryView::exportGlossary()
{
    if (!m_workspace)
        return;
    const QString suggested = QFileInfo(m_workspace->path()).dir().filePath(tr("Metric glossary.md"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export glossary"), suggested, tr("Markdown (*.md);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const QList<GlossaryEntry> entries = GlossaryExport::entries(*m_workspace, &error);
    QSaveFile file(path);
    if (error.isEmpty() && file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        QTextStream out(&file);
        GlossaryExport::writeMarkdown(entries, m_workspace->displayName(), out);
        out.flush();
        if (file.commit()) {
            m_messages->showMessage(tr("The glossary of %n metric(s) was written to %1.", nullptr, int(entries.size()))
                                        .arg(QDir::toNativeSeparators(path)),
                                    MessageBar::Kind::Information);
            return;
        }
    }
    if (error.isEmpty())
        error = file.errorString();
    m_messages->showMessage(
        tr("The glossary could not be written to %1: %2").arg(QDir::toNativeSeparators(path), error),
        MessageBar::Kind::Error);
}

} // namespace accord
