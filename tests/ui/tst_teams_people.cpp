#include "TestSupport.h"
#include "domain/Person.h"
#include "domain/Team.h"
#include "teams/PersonModel.h"
#include "teams/TeamModel.h"
#include "teams/TeamsPeopleView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace accord;

class TestTeamsPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsAndRenamesTeamInTheTable();
    void editsPersonInPlaceAndUndoes();
    void choosesTeamFromCombo();
    void archivesAndShowsArchived();
};

namespace {

struct View
{
    View()
    {
        if (!ws.workspace)
            return;
        view.setWorkspace(ws.workspace.get());
        view.resize(1200, 700);
        view.show();
        active = QTest::qWaitForWindowActive(&view);
        teams = view.findChild<QTableView*>(QStringLiteral("teamTable"));
        people = view.findChild<QTableView*>(QStringLiteral("personTable"));
    }
    std::optional<Team> team(Id id) { return ws->repository<Team>().find(id); }
    std::optional<Person> person(Id id) { return ws->repository<Person>().find(id); }
    // Replaces the text of the cell's open editor the way a user does, and commits it with Enter.
    static void typeIntoEditor(const QString& text)
    {
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }

    test::TempWorkspace ws;
    TeamsPeopleView view;
    bool active = false;
    QTableView* teams = nullptr;
    QTableView* people = nullptr;
};

} // namespace

void TestTeamsPeople::addsAndRenamesTeamInTheTable()
{
    View v;
    QVERIFY2(v.ws.workspace, qPrintable(v.ws.error));
    QVERIFY(v.active);
    QAbstractItemModelTester tester(v.view.teamModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = v.teams->model()->rowCount();

    // A new team opens its name for editing at once.
    QTest::mouseClick(v.view.findChild<QPushButton*>(QStringLiteral("addTeam")), Qt::LeftButton);
    QCOMPARE(v.teams->model()->rowCount(), before + 1);
    const QModelIndex name = v.teams->currentIndex();
    const Id id = name.data(Qt::UserRole).toLongLong();
    QCOMPARE(v.team(id)->name, QStringLiteral("New team"));
    View::typeIntoEditor(QStringLiteral("Field Marketing"));
    QTRY_COMPARE(v.team(id)->name, QStringLiteral("Field Marketing"));

    // Renaming again through F2 on the selected cell.
    v.teams->setFocus();
    v.teams->setCurrentIndex(v.teams->model()->index(v.view.teamModel()->rowOf(id), TeamModel::Name));
    QTest::keyClick(v.teams, Qt::Key_F2);
    View::typeIntoEditor(QStringLiteral("Demand Generation"));
    QTRY_COMPARE(v.team(id)->name, QStringLiteral("Demand Generation"));
    QCOMPARE(v.teams->model()->index(v.view.teamModel()->rowOf(id), TeamModel::Name).data().toString(),
             QStringLiteral("Demand Generation"));

    QUndoStack* undo = v.ws->undoStack();
    undo->undo();
    QCOMPARE(v.team(id)->name, QStringLiteral("Field Marketing"));
    QCOMPARE(v.teams->model()->index(v.view.teamModel()->rowOf(id), TeamModel::Name).data().toString(),
             QStringLiteral("Field Marketing"));
    undo->undo();
    undo->undo();
    QVERIFY(!v.team(id));
    QCOMPARE(v.teams->model()->rowCount(), before);

    // An empty name is not a name: the edit is refused and nothing is pushed.
    undo->redo();
    const int commands = undo->count();
    QVERIFY(!v.view.teamModel()->setData(v.teams->model()->index(v.view.teamModel()->rowOf(id), TeamModel::Name),
                                         QStringLiteral("   ")));
    QCOMPARE(undo->count(), commands);
}

void TestTeamsPeople::editsPersonInPlaceAndUndoes()
{
    View v;
    QVERIFY2(v.ws.workspace, qPrintable(v.ws.error));
    QVERIFY(v.active);
    QAbstractItemModelTester tester(v.view.personModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QTest::mouseClick(v.view.findChild<QPushButton*>(QStringLiteral("addPerson")), Qt::LeftButton);
    const Id id = v.people->currentIndex().data(Qt::UserRole).toLongLong();
    QVERIFY(v.person(id));
    View::typeIntoEditor(QStringLiteral("Priya Raman"));
    QTRY_COMPARE(v.person(id)->name, QStringLiteral("Priya Raman"));

    const auto cell = [&](int column) { return v.people->model()->index(v.view.personModel()->rowOf(id), column); };
    v.people->setFocus();
    v.people->setCurrentIndex(cell(PersonModel::Email));
    QTest::keyClick(v.people, Qt::Key_F2);
    View::typeIntoEditor(QStringLiteral("priya@example.com"));
    QTRY_COMPARE(v.person(id)->email, QStringLiteral("priya@example.com"));
    QCOMPARE(cell(PersonModel::Email).data().toString(), QStringLiteral("priya@example.com"));

    v.ws->undoStack()->undo();
    QCOMPARE(v.person(id)->email, QString());
    QCOMPARE(cell(PersonModel::Email).data().toString(), QString());
    QCOMPARE(v.person(id)->audit.updatedBy, QStringLiteral("Test User"));
}

void TestTeamsPeople::choosesTeamFromCombo()
{
    View v;
    QVERIFY2(v.ws.workspace, qPrintable(v.ws.error));
    QVERIFY(v.active);
    Team team;
    team.name = QStringLiteral("Partner Sales");
    QVERIFY(v.ws->repository<Team>().insert(team));
    Person person;
    person.name = QStringLiteral("Lee Chen");
    QVERIFY(v.ws->repository<Person>().insert(person));

    const QModelIndex cell = v.people->model()->index(v.view.personModel()->rowOf(person.id), PersonModel::TeamName);
    v.people->setFocus();
    v.people->setCurrentIndex(cell);
    QTest::keyClick(v.people, Qt::Key_F2);
    auto* combo = qobject_cast<QComboBox*>(QApplication::focusWidget());
    QVERIFY(combo);
    const int choice = combo->findText(team.name);
    QVERIFY(choice > 0);
    combo->setCurrentIndex(choice);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(v.person(person.id)->teamId, team.id);
    QCOMPARE(cell.data().toString(), team.name);
}

void TestTeamsPeople::archivesAndShowsArchived()
{
    View v;
    QVERIFY2(v.ws.workspace, qPrintable(v.ws.error));
    QVERIFY(v.active);
    Team team;
    team.name = QStringLiteral("Channel");
    QVERIFY(v.ws->repository<Team>().insert(team));
    const int shown = v.teams->model()->rowCount();

    v.teams->selectRow(v.view.teamModel()->rowOf(team.id));
    auto* archive = v.view.findChild<QPushButton*>(QStringLiteral("archiveTeam"));
    QCOMPARE(archive->text(), QStringLiteral("Archive"));
    QTest::mouseClick(archive, Qt::LeftButton);
    QVERIFY(v.team(team.id)->archived);
    QCOMPARE(v.teams->model()->rowCount(), shown - 1);

    // Shown again, greyed and restorable.
    QTest::mouseClick(v.view.findChild<QCheckBox*>(QStringLiteral("showArchivedPeople")), Qt::LeftButton);
    QCOMPARE(v.teams->model()->rowCount(), shown);
    const int row = v.view.teamModel()->rowOf(team.id);
    QCOMPARE(v.teams->model()->index(row, TeamModel::Archived).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(v.teams->model()->index(row, TeamModel::Name).data(Qt::ForegroundRole).isValid());
    v.teams->selectRow(row);
    QCOMPARE(archive->text(), QStringLiteral("Restore"));
    QTest::mouseClick(archive, Qt::LeftButton);
    QVERIFY(!v.team(team.id)->archived);

    v.ws->undoStack()->undo();
    QVERIFY(v.team(team.id)->archived);
}

QTEST_MAIN(TestTeamsPeople)
#include "tst_teams_people.moc"
