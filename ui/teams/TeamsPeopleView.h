#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableView;

namespace accord {

class PersonModel;
class TeamModel;
class Workspace;

// The "Teams & People" area: who is in the workspace, which team they belong to and who leads each team.
class TeamsPeopleView : public QWidget
{
    Q_OBJECT

public:
    explicit TeamsPeopleView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    TeamModel* teamModel() const { return m_teams; }
    PersonModel* personModel() const { return m_people; }

private:
    void addTeam();
    void addPerson();
    void toggleTeamArchived();
    void togglePersonArchived();
    void updateButtons();
    // Selects the record's row and opens its name for editing, so a new record is named at once.
    static void editName(QTableView* table, int row);

    QPointer<Workspace> m_workspace;
    TeamModel* m_teams;
    PersonModel* m_people;
    QTableView* m_teamTable;
    QTableView* m_personTable;
    QCheckBox* m_showArchived;
    QPushButton* m_addTeam;
    QPushButton* m_archiveTeam;
    QPushButton* m_addPerson;
    QPushButton* m_archivePerson;
};

} // namespace accord
