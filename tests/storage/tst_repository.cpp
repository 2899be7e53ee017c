#include "TestSupport.h"

#include "domain/Team.h"

#include <QTest>

using namespace accord;

class TestRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void teamRoundTrip();
};

void TestRepository::teamRoundTrip()
{
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    auto teams = ws->repository<Team>();
    Team team;
    team.name = QStringLiteral("Field Marketing");
    team.color = QStringLiteral("#336699");
    QString error;
    QVERIFY2(teams.insert(team, &error), qPrintable(error));
    QVERIFY(team.id > 0);
    const auto read = teams.find(team.id, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, team);
}

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
