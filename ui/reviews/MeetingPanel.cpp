#include "MeetingPanel.h"

#include "AgendaModel.h"
#include "DecisionForm.h"
#include "DecisionModel.h"
#include "ExperimentForm.h"
#include "ExperimentModel.h"
#include "ReviewRoles.h"
#include "RowFilterProxy.h"
#include "commands/EntityCommand.h"
#include "common/ListTable.h"
#include "common/TableColumns.h"
#include "domain/Person.h"
#include "reports/Report.h"
#include "reports/ReportRenderer.h"
#include "reports/ReportStyle.h"
#include "reports/Reports.h"
#include "reviews/MeetingMinutes.h"
#include "settings/Settings.h"
#include "wizard/TextArea.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace accord {
namespace {

RowFilterProxy* meetingProxy(QAbstractItemModel* source, QObject* parent)
{
    auto* proxy = new RowFilterProxy(parent);
    proxy->setSourceModel(source);
    proxy->setCondition(ReviewRoles::Meeting, Id(-1));
    return proxy;
}

QWidget* tabPage(QTableView* table, QWidget* form, QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    layout->addWidget(table, 1);
    layout->addWidget(form);
    return page;
}

} // namespace

MeetingPanel::MeetingPanel(QWidget* parent)
    : QWidget(parent), m_agendaModel(new AgendaModel(this)), m_decisionModel(new DecisionModel(this)),
      m_experimentModel(new ExperimentModel(this)), m_agenda(meetingProxy(m_agendaModel, this)),
      m_decisions(meetingProxy(m_decisionModel, this)), m_experiments(meetingProxy(m_experimentModel, this)),
      m_title(new QLabel(this)), m_facts(new QLabel(this)), m_held(new QPushButton(this)),
      m_export(new QPushButton(tr("Minutes as Markdown…"), this)),
      m_exportPdf(new QPushButton(tr("Minutes as PDF…"), this)),
      m_agendaTable(ListTable::make("agendaTable", m_agenda, ListTable::Editing::ReadOnly, this)),
      m_tabs(new QTabWidget(this)), m_decisionForm(new DecisionForm(this)), m_experimentForm(new ExperimentForm(this)),
      m_minutes(new TextArea(this))
{
    setObjectName(QStringLiteral("meetingPanel"));
    m_title->setObjectName(QStringLiteral("sectionHeading"));
    m_title->setWordWrap(true);
    m_facts->setObjectName(QStringLiteral("meetingFacts"));
    m_facts->setWordWrap(true);
    m_held->setObjectName(QStringLiteral("meetingHeld"));
    m_export->setObjectName(QStringLiteral("exportMinutes"));
    m_exportPdf->setObjectName(QStringLiteral("exportMinutesPdf"));
    m_tabs->setObjectName(QStringLiteral("meetingTabs"));
    m_minutes->setObjectName(QStringLiteral("meetingMinutes"));
    m_minutes->setPlaceholderText(tr("What was discussed, and what happens next"));
    // Minutes run to several paragraphs; they take the whole tab.
    m_minutes->setMaximumHeight(QWIDGETSIZE_MAX);
    m_minutes->setMinimumHeight(m_minutes->fontMetrics().lineSpacing() * 4);

    m_agenda->setSortRole(ReviewRoles::Sort);
    m_agenda->sort(0);
    m_agendaTable->setWordWrap(true);
    m_agendaTable->horizontalHeader()->setStretchLastSection(false);
    m_agendaTable->horizontalHeader()->setSectionResizeMode(AgendaModel::Item, QHeaderView::Stretch);
    TableColumns::setWidths(m_agendaTable, {{AgendaModel::Done, 3}, {AgendaModel::Kind, 10}, {AgendaModel::Note, 18}});
    m_agendaTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    auto* decisionTable = ListTable::make("meetingDecisions", m_decisions, ListTable::Editing::ReadOnly, this);
    m_decisions->setVisibleColumns(DecisionModel::Meeting);
    decisionTable->horizontalHeader()->setStretchLastSection(false);
    decisionTable->horizontalHeader()->setSectionResizeMode(DecisionModel::Text, QHeaderView::Stretch);
    TableColumns::setWidths(decisionTable, {{DecisionModel::Owner, 10},
                                            {DecisionModel::Decided, 8},
                                            {DecisionModel::Case, 14},
                                            {DecisionModel::Supersession, 12}});
    auto* experimentTable = ListTable::make("meetingExperiments", m_experiments, ListTable::Editing::ReadOnly, this);
    experimentTable->horizontalHeader()->setStretchLastSection(false);
    experimentTable->horizontalHeader()->setSectionResizeMode(ExperimentModel::Hypothesis, QHeaderView::Stretch);
    TableColumns::setWidths(experimentTable, {{ExperimentModel::Owner, 10},
                                              {ExperimentModel::Metric, 14},
                                              {ExperimentModel::Ends, 6},
                                              {ExperimentModel::Status, 6}});

    m_tabs->addTab(tabPage(decisionTable, m_decisionForm, m_tabs), tr("Decisions"));
    m_tabs->addTab(tabPage(experimentTable, m_experimentForm, m_tabs), tr("Experiments"));
    auto* minutesPage = new QWidget(m_tabs);
    auto* minutesLayout = new QVBoxLayout(minutesPage);
    minutesLayout->setContentsMargins(12, 12, 12, 12);
    minutesLayout->addWidget(m_minutes);
    m_tabs->addTab(minutesPage, tr("Minutes"));

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->setSpacing(4);
    titles->addWidget(m_title);
    titles->addWidget(m_facts);
    header->addLayout(titles, 1);
    header->addWidget(m_held, 0, Qt::AlignTop);
    header->addWidget(m_export, 0, Qt::AlignTop);
    header->addWidget(m_exportPdf, 0, Qt::AlignTop);

    auto* agendaHeading = new QLabel(tr("Agenda"), this);
    agendaHeading->setObjectName(QStringLiteral("sectionHeading"));
    auto* agendaPane = new QWidget(this);
    auto* agendaLayout = new QVBoxLayout(agendaPane);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    agendaLayout->addWidget(agendaHeading);
    agendaLayout->addWidget(m_agendaTable, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(16);
    splitter->addWidget(agendaPane);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(m_decisionForm, &DecisionForm::refused, this, &MeetingPanel::refused);
    connect(m_experimentForm, &ExperimentForm::refused, this, &MeetingPanel::refused);
    connect(m_minutes, &TextArea::editingFinished, this, &MeetingPanel::saveMinutes);
    connect(m_held, &QPushButton::clicked, this, &MeetingPanel::toggleHeld);
    connect(m_export, &QPushButton::clicked, this, [this] { chooseExportFile(Format::Markdown); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { chooseExportFile(Format::Pdf); });
    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(m_agendaModel), static_cast<QAbstractItemModel*>(m_decisionModel)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &MeetingPanel::refresh);
        connect(model, &QAbstractItemModel::dataChanged, this, &MeetingPanel::refresh);
    }
    refresh();
}

void MeetingPanel::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_meetingId = 0;
    m_agendaModel->setWorkspace(workspace);
    m_decisionModel->setWorkspace(workspace);
    m_experimentModel->setWorkspace(workspace);
    m_decisionForm->setWorkspace(workspace);
    m_experimentForm->setWorkspace(workspace);
    if (m_workspace)
        connect(m_workspace, &Workspace::tablesChanged, this, [this](const QSet<QString>& tables) {
            if (tables.contains(QStringLiteral("review_meetings")))
                refresh();
            if (tables.contains(QStringLiteral("people")) || tables.contains(QStringLiteral("cases")) ||
                tables.contains(QStringLiteral("metrics"))) {
                m_decisionForm->refreshChoices();
                m_experimentForm->refreshChoices();
            }
        });
    showMeeting(0);
}

void MeetingPanel::showMeeting(Id meetingId)
{
    m_meetingId = meetingId;
    for (RowFilterProxy* proxy : {m_agenda, m_decisions, m_experiments})
        proxy->setCondition(ReviewRoles::Meeting, meetingId ? meetingId : Id(-1));
    m_decisionForm->setMeeting(meetingId);
    m_experimentForm->setMeeting(meetingId);
    m_minutes->setStoredText(meeting() ? meeting()->minutes : QString());
    refresh();
}

std::optional<ReviewMeeting> MeetingPanel::meeting() const
{
    if (!m_workspace || m_meetingId == 0)
        return std::nullopt;
    return m_workspace->repository<ReviewMeeting>().find(m_meetingId);
}

void MeetingPanel::refresh()
{
    const auto shown = meeting();
    const bool editable = shown && !m_workspace->isReadOnly();
    m_held->setEnabled(editable);
    m_export->setEnabled(shown.has_value());
    m_exportPdf->setEnabled(shown.has_value());
    m_minutes->setEnabled(editable);
    m_tabs->setEnabled(shown.has_value());
    if (!shown) {
        m_title->setText(tr("No meeting chosen"));
        m_facts->setText(tr("Choose a meeting of the rhythm, or create its next one."));
        m_held->setText(tr("Mark as held"));
        return;
    }
    int done = 0;
    for (int row = 0; row < m_agenda->rowCount(); ++row)
        done += m_agenda->index(row, AgendaModel::Done).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    QString facilitator;
    if (const auto person = m_workspace->repository<Person>().find(shown->facilitatorId))
        facilitator = person->name;
    const int decisions = m_decisions->rowCount();
    // Spelled out: the English build has no translation file to resolve "%n decision(s)".
    QStringList facts{QLocale().toString(shown->heldOn, QLocale::LongFormat), displayName(shown->status),
                      tr("%1 of %2 items done").arg(done).arg(m_agenda->rowCount()),
                      decisions == 1 ? tr("1 decision") : tr("%1 decisions").arg(decisions)};
    if (!facilitator.isEmpty())
        facts.insert(1, tr("facilitated by %1").arg(facilitator));
    m_title->setText(shown->title);
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
    m_held->setText(shown->status == MeetingStatus::Held ? tr("Mark as planned") : tr("Mark as held"));
    if (!m_minutes->hasFocus() && !m_minutes->isModified())
        m_minutes->setStoredText(shown->minutes);
}

void MeetingPanel::saveMinutes()
{
    const auto before = meeting();
    m_minutes->setModified(false);
    if (!before || m_workspace->isReadOnly())
        return;
    ReviewMeeting after = *before;
    after.minutes = m_minutes->toPlainText().trimmed();
    if (after == *before)
        return;
    m_workspace->undoStack()->push(
        new EntityCommand<ReviewMeeting>(*m_workspace, before, after, tr("Minutes of “%1”").arg(before->title)));
}

void MeetingPanel::toggleHeld()
{
    const auto before = meeting();
    if (!before || m_workspace->isReadOnly())
        return;
    ReviewMeeting after = *before;
    after.status = before->status == MeetingStatus::Held ? MeetingStatus::Planned : MeetingStatus::Held;
    const QString text = after.status == MeetingStatus::Held ? tr("Mark “%1” as held") : tr("Mark “%1” as planned");
    m_workspace->undoStack()->push(
        new EntityCommand<ReviewMeeting>(*m_workspace, before, after, text.arg(before->title)));
}

bool MeetingPanel::exportMinutes(const QString& path, QString* error) const
{
    if (!m_workspace || m_meetingId == 0)
        return false;
    const auto minutes = MeetingMinutes::build(*m_workspace, m_meetingId, error);
    if (!minutes)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) ||
        file.write(minutes->toMarkdown().toUtf8()) < 0 || !file.flush()) {
        if (error)
            *error = tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool MeetingPanel::exportMinutesPdf(const QString& path, const QPageSize& pageSize, QString* error) const
{
    if (!m_workspace || m_meetingId == 0)
        return false;
    const auto report = Reports::meetingMinutes(*m_workspace, m_meetingId, error);
    return report && ReportRenderer::writePdf(*report, path, pageSize, error);
}

void MeetingPanel::chooseExportFile(Format format)
{
    const auto shown = meeting();
    if (!shown)
        return;
    const bool pdf = format == Format::Pdf;
    const QString suggested =
        QDir::home().filePath(shown->title.simplified().replace(QLatin1Char('/'), QLatin1Char('-')) +
                              (pdf ? QStringLiteral(".pdf") : QStringLiteral(".md")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Minutes"), suggested,
                                     pdf ? tr("PDF documents (*.pdf)") : tr("Markdown (*.md);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    // The paper is the one every report uses, as File ▸ Export and the command line read it.
    const bool written = pdf ? exportMinutesPdf(path, ReportStyle::pageSize(Settings().reportPageSize()), &error)
                             : exportMinutes(path, &error);
    if (written)
        Q_EMIT exported(path);
    else
        Q_EMIT refused(error);
}

} // namespace accord
