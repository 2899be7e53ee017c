#include "TeamsPeopleView.h"

#include "PersonModel.h"
#include "TeamModel.h"
#include "common/ChoiceDelegate.h"
#include "common/ListTable.h"
#include "common/TableColumns.h"
#include "domain/Person.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace accord {
namespace {

QWidget* makePane(const QString& title, QTableView* table, const QList<QPushButton*>& buttons, QWidget* parent)
{
    auto* pane = new QWidget(parent);
    auto* heading = new QLabel(title, pane);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    auto* row = new QHBoxLayout;
    row->setSpacing(10);
    for (QPushButton* button : buttons)
        row->addWidget(button);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(table, 1);
    layout->addLayout(row);
    return pane;
}

QPushButton* makeButton(const QString& text, const char* objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(objectName));
    return button;
}

} // namespace

TeamsPeopleView::TeamsPeopleView(QWidget* parent)
    : QWidget(parent), m_teams(new TeamModel(this)), m_people(new PersonModel(this)),
      m_teamTable(ListTable::make("teamTable", m_teams, ListTable::Editing::InPlace, this)),
      m_personTable(ListTable::make("personTable", m_people, ListTable::Editing::InPlace, this)),
      m_showArchived(new QCheckBox(tr("Show archived"), this)), m_addTeam(makeButton(tr("Add team"), "addTeam", this)),
      m_archiveTeam(makeButton(tr("Archive"), "archiveTeam", this)),
      m_addPerson(makeButton(tr("Add person"), "addPerson", this)),
      m_archivePerson(makeButton(tr("Archive"), "archivePerson", this))
{
    setObjectName(QStringLiteral("teamsPeopleView"));
    m_showArchived->setObjectName(QStringLiteral("showArchivedPeople"));

    auto* people = new ChoiceDelegate(
        [this] {
            QList<ChoiceDelegate::Choice> choices{{tr("No leader"), 0}};
            for (const Person& person : m_people->records())
                choices.append({person.name, person.id});
            return choices;
        },
        this);
    m_teamTable->setItemDelegateForColumn(TeamModel::Leader, people);
    auto* teams = new ChoiceDelegate(
        [this] {
            QList<ChoiceDelegate::Choice> choices{{tr("No team"), 0}};
            for (const Team& team : m_teams->records())
                choices.append({team.name, team.id});
            return choices;
        },
        this);
    m_personTable->setItemDelegateForColumn(PersonModel::TeamName, teams);

    TableColumns::setWidths(m_teamTable, {{TeamModel::Name, 11}, {TeamModel::Colour, 4}, {TeamModel::Leader, 10}});
    TableColumns::setWidths(m_personTable,
                            {{PersonModel::Name, 11}, {PersonModel::TeamName, 10}, {PersonModel::Role, 14}});
    TableColumns::keepWidthsAcrossResets(m_teamTable);
    TableColumns::keepWidthsAcrossResets(m_personTable);

    auto* heading = new QLabel(tr("Teams & People"), this);
    heading->setObjectName(QStringLiteral("areaHeading"));
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_showArchived);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(24);
    splitter->addWidget(makePane(tr("Teams"), m_teamTable, {m_addTeam, m_archiveTeam}, splitter));
    splitter->addWidget(makePane(tr("People"), m_personTable, {m_addPerson, m_archivePerson}, splitter));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(14);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_addTeam, &QPushButton::clicked, this, &TeamsPeopleView::addTeam);
    connect(m_addPerson, &QPushButton::clicked, this, &TeamsPeopleView::addPerson);
    connect(m_archiveTeam, &QPushButton::clicked, this, &TeamsPeopleView::toggleTeamArchived);
    connect(m_archivePerson, &QPushButton::clicked, this, &TeamsPeopleView::togglePersonArchived);
    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool show) {
        m_teams->setShowArchived(show);
        m_people->setShowArchived(show);
    });
    for (QTableView* table : {m_teamTable, m_personTable}) {
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TeamsPeopleView::updateButtons);
        connect(table->model(), &QAbstractItemModel::modelReset, this, &TeamsPeopleView::updateButtons);
        connect(table->model(), &QAbstractItemModel::dataChanged, this, &TeamsPeopleView::updateButtons);
    }
    updateButtons();
}

void TeamsPeopleView::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_teams->setWorkspace(workspace);
    m_people->setWorkspace(workspace);
    updateButtons();
}

void TeamsPeopleView::addTeam()
{
    const Id id = m_teams->addTeam();
    if (id)
        editName(m_teamTable, m_teams->rowOf(id));
}

void TeamsPeopleView::addPerson()
{
    // A person added while a team is selected most likely belongs to it.
    const auto team = m_teams->recordAt(ListTable::selectedRow(m_teamTable));
    const Id id = m_people->addPerson(team ? team->id : 0);
    if (id)
        editName(m_personTable, m_people->rowOf(id));
}

void TeamsPeopleView::toggleTeamArchived()
{
    const int row = ListTable::selectedRow(m_teamTable);
    if (const auto team = m_teams->recordAt(row))
        m_teams->setArchived(row, !team->archived);
}

void TeamsPeopleView::togglePersonArchived()
{
    const int row = ListTable::selectedRow(m_personTable);
    if (const auto person = m_people->recordAt(row))
        m_people->setArchived(row, !person->archived);
}

void TeamsPeopleView::updateButtons()
{
    const bool editable = m_workspace && !m_workspace->isReadOnly();
    m_addTeam->setEnabled(editable);
    m_addPerson->setEnabled(editable);
    const auto team = m_teams->recordAt(ListTable::selectedRow(m_teamTable));
    m_archiveTeam->setEnabled(editable && team);
    m_archiveTeam->setText(team && team->archived ? tr("Restore") : tr("Archive"));
    const auto person = m_people->recordAt(ListTable::selectedRow(m_personTable));
    m_archivePerson->setEnabled(editable && person);
    m_archivePerson->setText(person && person->archived ? tr("Restore") : tr("Archive"));
}

void TeamsPeopleView::editName(QTableView* table, int row)
{
    if (row < 0)
        return;
    const QModelIndex name = table->model()->index(row, 0);
    table->setCurrentIndex(name);
    table->scrollTo(name);
    table->edit(name);
}

} // namespace accord
