#include "PulseView.h"

#include "GoalModel.h"
#include "common/ChoiceDelegate.h"
#include "common/ListTable.h"
#include "common/TableColumns.h"
#include "domain/Period.h"
#include "domain/Person.h"
#include "domain/ReviewMeeting.h"
#include "domain/Team.h"
#include "reviews/AnswerCommands.h"
#include "rhythm/PulseSummary.h"
#include "wizard/WizardLookups.h"
#include "wizard/WizardPage.h"
#include "workspace/Workspace.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMap>
#include <QPen>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace accord {

PulseView::PulseView(QWidget* parent)
    : QWidget(parent), m_goals(new GoalModel(this)), m_person(new QComboBox(this)), m_rating(new QComboBox(this)),
      m_meeting(new QComboBox(this)), m_period(new QLineEdit(this)), m_oneThing(new QLineEdit(this)),
      m_record(new QPushButton(tr("Record pulse"), this)), m_chartView(new QChartView(this)),
      m_goalTable(ListTable::make("goalTable", m_goals, ListTable::Editing::ReadOnly, this)),
      m_addGoal(new QPushButton(tr("Add goal"), this))
{
    setObjectName(QStringLiteral("pulseView"));
    m_person->setObjectName(QStringLiteral("pulsePerson"));
    m_rating->setObjectName(QStringLiteral("pulseRating"));
    m_meeting->setObjectName(QStringLiteral("pulseMeeting"));
    m_period->setObjectName(QStringLiteral("pulsePeriod"));
    m_oneThing->setObjectName(QStringLiteral("pulseOneThing"));
    m_oneThing->setPlaceholderText(tr("One thing to improve next month"));
    m_record->setObjectName(QStringLiteral("recordPulse"));
    m_chartView->setObjectName(QStringLiteral("pulseChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(320);
    m_addGoal->setObjectName(QStringLiteral("addGoal"));
    for (PulseRating rating : enumValues<PulseRating>())
        m_rating->addItem(displayName(rating), int(rating));
    m_rating->setCurrentIndex(int(PulseRating::Same));

    m_goalTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::SelectedClicked);
    m_goalTable->horizontalHeader()->setStretchLastSection(false);
    m_goalTable->horizontalHeader()->setSectionResizeMode(GoalModel::Goal, QHeaderView::Stretch);
    TableColumns::setWidths(m_goalTable, {{GoalModel::Team, 10}, {GoalModel::Partner, 10}, {GoalModel::Status, 7}});
    TableColumns::keepWidthsAcrossResets(m_goalTable);
    const auto teams = [this] {
        QList<ChoiceDelegate::Choice> choices{{tr("No team"), 0}};
        if (m_workspace)
            for (const Team& team : m_workspace->repository<Team>().list())
                choices.append({team.name, team.id});
        return choices;
    };
    m_goalTable->setItemDelegateForColumn(GoalModel::Team, new ChoiceDelegate(teams, this));
    m_goalTable->setItemDelegateForColumn(GoalModel::Partner, new ChoiceDelegate(teams, this));
    m_goalTable->setItemDelegateForColumn(GoalModel::Status, new ChoiceDelegate(
                                                                 [] {
                                                                     QList<ChoiceDelegate::Choice> choices;
                                                                     for (GoalStatus s : enumValues<GoalStatus>())
                                                                         choices.append({displayName(s), Id(s)});
                                                                     return choices;
                                                                 },
                                                                 this));

    auto* formHeading = new QLabel(tr("Record a pulse answer"), this);
    formHeading->setObjectName(QStringLiteral("sectionHeading"));
    auto* form = new QFormLayout;
    form->addRow(tr("Person"), m_person);
    form->addRow(tr("Against our partnership goals"), m_rating);
    form->addRow(tr("Taken in"), m_meeting);
    form->addRow(tr("Month"), m_period);
    form->addRow(tr("One thing to improve"), m_oneThing);
    form->addRow(QString(), m_record);
    auto* goalsHeading = new QLabel(tr("Cross-team activity goals"), this);
    goalsHeading->setObjectName(QStringLiteral("sectionHeading"));
    auto* left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(formHeading);
    left->addLayout(form);
    left->addWidget(goalsHeading);
    left->addWidget(m_goalTable, 1);
    left->addWidget(m_addGoal, 0, Qt::AlignLeft);
    auto* chartHeading = new QLabel(tr("Pulse per team"), this);
    chartHeading->setObjectName(QStringLiteral("sectionHeading"));
    auto* right = new QVBoxLayout;
    right->addWidget(chartHeading);
    right->addWidget(m_chartView, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(24);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(m_record, &QPushButton::clicked, this, &PulseView::record);
    connect(m_meeting, &QComboBox::currentIndexChanged, this, &PulseView::meetingChosen);
    connect(m_addGoal, &QPushButton::clicked, this, &PulseView::addGoal);
    refreshChart();
}

QChart* PulseView::chart() const
{
    return m_chartView->chart();
}

void PulseView::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_goals->setWorkspace(workspace);
    const bool editable = workspace && !workspace->isReadOnly();
    m_record->setEnabled(editable);
    m_addGoal->setEnabled(editable);
    if (m_workspace) {
        m_period->setText(Period::month(m_workspace->clock().today()).key);
        connect(m_workspace, &Workspace::tablesChanged, this, [this](const QSet<QString>& tables) {
            if (tables.contains(QStringLiteral("pulse_entries")) || tables.contains(QStringLiteral("teams")))
                refreshChart();
            if (tables.contains(QStringLiteral("people")) || tables.contains(QStringLiteral("review_meetings")))
                refreshChoices();
        });
    }
    refreshChoices();
    refreshChart();
}

void PulseView::refreshChoices()
{
    if (!m_workspace)
        return;
    QString error;
    WizardPage::fillChoices(m_person, WizardLookups::load(*m_workspace, &error).peopleChoices(), tr("Who answered…"));
    // The newest meetings first: a pulse is taken in the meeting that is on, or was just held.
    QList<ReviewMeeting> meetings = m_workspace->repository<ReviewMeeting>().list({}, &error);
    std::stable_sort(meetings.begin(), meetings.end(),
                     [](const ReviewMeeting& a, const ReviewMeeting& b) { return a.heldOn > b.heldOn; });
    WizardLookups::Choices choices;
    for (const ReviewMeeting& meeting : std::as_const(meetings))
        choices.append({meeting.title, meeting.id});
    WizardPage::fillChoices(m_meeting, choices, tr("No meeting: the month's pulse"));
    meetingChosen();
}

void PulseView::meetingChosen()
{
    // A meeting's pulse counts towards the month the meeting is held in.
    const auto meeting =
        m_workspace ? m_workspace->repository<ReviewMeeting>().find(WizardPage::chosenId(m_meeting)) : std::nullopt;
    m_period->setReadOnly(meeting.has_value());
    if (meeting && meeting->heldOn.isValid())
        m_period->setText(Period::month(meeting->heldOn).key);
}

void PulseView::refreshChart()
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    // The view lets go of the chart it showed without deleting it.
    QChart* previous = m_chartView->chart();
    m_chartView->setChart(chart);
    delete previous;
    if (!m_workspace)
        return;
    QString error;
    const QList<PulseSummary> summaries =
        PulseSummary::byTeamAndPeriod(m_workspace->repository<PulseEntry>().list({}, &error));
    QStringList periods;
    for (const PulseSummary& s : summaries)
        if (!periods.contains(s.period))
            periods << s.period;
    auto* x = new QBarCategoryAxis(chart);
    x->append(periods);
    auto* y = new QValueAxis(chart);
    y->setRange(-100, 100);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const Team& team : m_workspace->repository<Team>().list()) {
        auto* series = new QLineSeries(chart);
        series->setName(team.name);
        for (const PulseSummary& s : summaries)
            if (s.teamId == team.id && s.score)
                series->append(periods.indexOf(s.period), *s.score);
        if (series->count() == 0) {
            delete series;
            continue;
        }
        if (QColor colour(team.color); colour.isValid()) {
            QPen pen(colour);
            pen.setWidth(3);
            series->setPen(pen);
        }
        series->setPointsVisible(true);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void PulseView::record()
{
    if (!m_workspace)
        return;
    PulseEntry entry;
    entry.personId = WizardPage::chosenId(m_person);
    entry.meetingId = WizardPage::chosenId(m_meeting);
    if (const auto person = m_workspace->repository<Person>().find(entry.personId))
        entry.teamId = person->teamId;
    entry.period = m_period->text().trimmed();
    entry.rating = PulseRating(m_rating->currentData().toInt());
    entry.oneThing = m_oneThing->text().trimmed();
    QString error;
    auto command = AnswerCommands::addPulse(*m_workspace, entry, &error);
    if (!command) {
        Q_EMIT refused(error);
        return;
    }
    m_workspace->undoStack()->push(command.release());
    m_oneThing->clear();
}

void PulseView::addGoal()
{
    if (!m_workspace)
        return;
    const QList<Team> teams = m_workspace->repository<Team>().list();
    if (teams.isEmpty())
        return;
    const Id id = m_goals->addGoal(teams.first().id);
    const int row = m_goals->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex goal = m_goals->index(row, GoalModel::Goal);
    m_goalTable->setCurrentIndex(goal);
    m_goalTable->edit(goal);
}

} // namespace accord
