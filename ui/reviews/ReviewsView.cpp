#include "ReviewsView.h"

#include "MeetingModel.h"
#include "MeetingPanel.h"
#include "ReviewRoles.h"
#include "RhythmEditor.h"
#include "RhythmModel.h"
#include "RowFilterProxy.h"
#include "common/ListTable.h"
#include "common/MessageBar.h"
#include "common/TableColumns.h"
#include "playbook/Recurrence.h"
#include "reviews/AgendaBuilder.h"
#include "reviews/MeetingCommands.h"
#include "workspace/Workspace.h"

#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace accord {

ReviewsView::ReviewsView(QWidget* parent)
    : QWidget(parent), m_recurrenceWindowDays(Recurrence::DefaultWindowDays), m_rhythms(new RhythmModel(this)),
      m_meetingModel(new MeetingModel(this)), m_meetings(new RowFilterProxy(this)), m_message(new MessageBar(this)),
      m_rhythmList(new QListView(this)), m_addRhythm(new QPushButton(tr("Add rhythm"), this)),
      m_rhythmTabs(new QTabWidget(this)), m_nextDate(new QDateEdit(this)),
      m_create(new QPushButton(tr("Create next meeting"), this)),
      m_meetingTable(ListTable::make("meetingList", m_meetings, ListTable::Editing::ReadOnly, this)),
      m_editor(new RhythmEditor(m_rhythms, this)), m_panel(new MeetingPanel(this))
{
    setObjectName(QStringLiteral("reviewsView"));
    m_message->hide();
    m_rhythmList->setObjectName(QStringLiteral("rhythmList"));
    m_rhythmList->setModel(m_rhythms);
    m_rhythmList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rhythmList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rhythmList->setSpacing(2);
    m_addRhythm->setObjectName(QStringLiteral("addRhythm"));
    m_rhythmTabs->setObjectName(QStringLiteral("rhythmTabs"));
    m_nextDate->setObjectName(QStringLiteral("nextMeetingDate"));
    m_nextDate->setCalendarPopup(true);
    m_create->setObjectName(QStringLiteral("createMeeting"));

    m_meetings->setSourceModel(m_meetingModel);
    m_meetings->setCondition(ReviewRoles::Rhythm, Id(-1));
    m_meetings->setSortRole(ReviewRoles::Sort);
    m_meetings->sort(0, Qt::DescendingOrder);
    m_meetingTable->horizontalHeader()->setStretchLastSection(true);
    TableColumns::setWidths(m_meetingTable, {{MeetingModel::Date, 8}});

    auto* heading = new QLabel(tr("Reviews"), this);
    heading->setObjectName(QStringLiteral("areaHeading"));

    auto* meetingsPage = new QWidget(m_rhythmTabs);
    auto* createRow = new QHBoxLayout;
    createRow->addWidget(m_nextDate, 1);
    createRow->addWidget(m_create);
    auto* meetingsLayout = new QVBoxLayout(meetingsPage);
    meetingsLayout->setContentsMargins(8, 12, 8, 8);
    meetingsLayout->addLayout(createRow);
    meetingsLayout->addWidget(m_meetingTable, 1);
    auto* settingsPage = new QWidget(m_rhythmTabs);
    auto* settingsLayout = new QVBoxLayout(settingsPage);
    settingsLayout->setContentsMargins(8, 12, 8, 8);
    settingsLayout->addWidget(m_editor);
    settingsLayout->addStretch(1);
    m_rhythmTabs->addTab(meetingsPage, tr("Meetings"));
    m_rhythmTabs->addTab(settingsPage, tr("Rhythm settings"));

    auto* left = new QWidget(this);
    auto* rhythmsHeading = new QLabel(tr("Operating rhythms"), left);
    rhythmsHeading->setObjectName(QStringLiteral("sectionHeading"));
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(10);
    leftLayout->addWidget(rhythmsHeading);
    leftLayout->addWidget(m_rhythmList);
    leftLayout->addWidget(m_addRhythm, 0, Qt::AlignLeft);
    leftLayout->addWidget(m_rhythmTabs, 1);
    m_rhythmList->setMaximumHeight(m_rhythmList->fontMetrics().height() * 7);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(24);
    splitter->addWidget(left);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addWidget(heading);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_rhythmList->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewsView::rhythmChosen);
    connect(m_meetingTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewsView::meetingChosen);
    connect(m_create, &QPushButton::clicked, this, &ReviewsView::createMeeting);
    connect(m_addRhythm, &QPushButton::clicked, this, &ReviewsView::addRhythm);
    connect(m_panel, &MeetingPanel::refused, this,
            [this](const QString& message) { m_message->showMessage(message, MessageBar::Kind::Warning); });
    connect(m_panel, &MeetingPanel::exported, this, [this](const QString& path) {
        m_message->showMessage(tr("Minutes written to “%1”.").arg(QDir::toNativeSeparators(path)),
                               MessageBar::Kind::Information);
    });
}

void ReviewsView::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_message->hide();
    m_rhythms->setWorkspace(workspace);
    m_meetingModel->setWorkspace(workspace);
    m_panel->setWorkspace(workspace);
    const bool editable = workspace && !workspace->isReadOnly();
    m_addRhythm->setEnabled(editable);
    m_create->setEnabled(editable);
    const auto first = m_rhythms->recordAt(0);
    showRhythm(first ? first->id : 0);
}

void ReviewsView::showRhythm(Id rhythmId)
{
    const int row = m_rhythms->rowOf(rhythmId);
    if (row < 0) {
        m_rhythmList->setCurrentIndex({});
        rhythmChosen();
        return;
    }
    m_rhythmList->setCurrentIndex(m_rhythms->index(row, 0));
    rhythmChosen();
}

Id ReviewsView::currentRhythmId() const
{
    return m_rhythmList->currentIndex().data(ReviewRoles::Id).toLongLong();
}

void ReviewsView::rhythmChosen()
{
    const Id rhythmId = currentRhythmId();
    m_editor->showRhythm(rhythmId);
    m_meetings->setCondition(ReviewRoles::Rhythm, rhythmId ? rhythmId : Id(-1));
    const auto rhythm = m_rhythms->recordAt(m_rhythms->rowOf(rhythmId));
    m_create->setEnabled(rhythm && m_workspace && !m_workspace->isReadOnly());
    if (rhythm && m_workspace)
        m_nextDate->setDate(AgendaBuilder::proposedDate(*m_workspace, *rhythm, nullptr));
    // The newest meeting is the one a facilitator most likely came for.
    selectMeeting(m_meetings->rowCount() > 0 ? m_meetings->index(0, 0).data(ReviewRoles::Id).toLongLong() : 0);
}

void ReviewsView::selectMeeting(Id meetingId)
{
    for (int row = 0; row < m_meetings->rowCount(); ++row) {
        const QModelIndex index = m_meetings->index(row, MeetingModel::Date);
        if (index.data(ReviewRoles::Id).toLongLong() == meetingId) {
            m_meetingTable->setCurrentIndex(index);
            m_meetingTable->scrollTo(index);
            m_panel->showMeeting(meetingId);
            return;
        }
    }
    m_meetingTable->setCurrentIndex({});
    m_panel->showMeeting(0);
}

void ReviewsView::meetingChosen()
{
    m_panel->showMeeting(m_meetingTable->currentIndex().data(ReviewRoles::Id).toLongLong());
}

void ReviewsView::createMeeting()
{
    const auto rhythm = m_rhythms->recordAt(m_rhythms->rowOf(currentRhythmId()));
    if (!rhythm || !m_workspace || m_workspace->isReadOnly())
        return;
    const QDate on = m_nextDate->date();
    QString error;
    AgendaBuilder::Options options;
    options.recurrenceWindowDays = m_recurrenceWindowDays;
    const QList<AgendaItem> agenda = AgendaBuilder::build(*m_workspace, *rhythm, on, &error, options);
    if (!error.isEmpty()) {
        m_message->showMessage(tr("The agenda could not be built: %1").arg(error), MessageBar::Kind::Error);
        return;
    }
    m_workspace->undoStack()->push(MeetingCommands::create(*m_workspace, *rhythm, on, agenda).release());
    Filter created;
    created.where("rhythm_id", rhythm->id).where("held_on", on).order("id DESC").first(1);
    const QList<ReviewMeeting> meetings = m_workspace->repository<ReviewMeeting>().list(created, &error);
    if (!meetings.isEmpty())
        selectMeeting(meetings.first().id);
    m_message->showMessage(
        tr("Created “%1” with %n agenda item(s).", nullptr, int(agenda.size())).arg(meetings.value(0).title),
        MessageBar::Kind::Information);
}

void ReviewsView::addRhythm()
{
    const Id id = m_rhythms->addRhythm();
    if (id == 0)
        return;
    showRhythm(id);
    m_rhythmTabs->setCurrentIndex(1);
    m_editor->setFocus();
}

} // namespace accord
