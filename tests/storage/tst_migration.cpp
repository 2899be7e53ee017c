#include "PlainSqlite.h"
#include "ReferenceRows.h"
#include "TestSupport.h"
#include "domain/CrmImport.h"
#include "domain/CrmRecord.h"
#include "domain/Decision.h"
#include "domain/FrictionCase.h"
#include "domain/Person.h"
#include "domain/Team.h"
#include "storage/Migrations.h"
#include "storage/SqlDialect.h"
#include "storage/WorkspaceCheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace accord;
using test::utc;

class TestMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void formatOneIsBackedUpAndMigrated();
    void formatOneKeepsItsRows();
    void migratedFileGetsFormatTwoTables();
    void migratedRecordsKeepOnlyTheirKeyIndex();
    void migratedFileOpensWithoutAnotherBackup();
    void readOnlyOpenOfFormatOneChangesNothing();

private:
    QString backupPath() const { return m_path + QStringLiteral(".format1.bak"); }
    std::unique_ptr<Workspace> open(QString* error);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_formatOneBytes;
    FixedClock m_clock{utc(2026, 6, 15, 9, 30)};
};

// A fresh format-1 file from the fixture script for every test.
void TestMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("northwind.accord"));
    QFile script(test::dataFile(QStringLiteral("workspace-format1.sql")));
    QVERIFY2(script.open(QIODevice::ReadOnly), qPrintable(script.errorString()));
    {
        test::PlainSqlite db(m_path);
        // One transaction, so that the file is not synced to disk after each of the statements.
        const QStringList statements = QStringList{QStringLiteral("BEGIN")} +
                                       test::sqlStatements(QString::fromUtf8(script.readAll())) +
                                       QStringList{QStringLiteral("COMMIT")};
        QVERIFY2(db.exec(statements), qPrintable(db.error()));
    }
    m_formatOneBytes = test::fileBytes(m_path);
    const WorkspaceCheck check = WorkspaceCheck::inspect(m_path);
    QVERIFY2(check.ok(), qPrintable(check.message));
    QCOMPARE(check.schemaVersion, 1);
    QVERIFY(check.needsMigration());
}

std::unique_ptr<Workspace> TestMigration::open(QString* error)
{
    auto ws = Workspace::open(m_path, Database::Access::ReadWrite, error, &m_clock);
    if (ws)
        ws->setCurrentUser(QStringLiteral("Migrating User"));
    return ws;
}

void TestMigration::formatOneIsBackedUpAndMigrated()
{
    QString error;
    auto ws = open(&error);
    QVERIFY2(ws, qPrintable(error));
    QVERIFY(!ws->isReadOnly());
    QCOMPARE(SqlDialect::schemaVersion(ws->database().connection(), &error), Migrations::currentVersion());
    QCOMPARE(ws->database().backupPath(), QFileInfo(backupPath()).absoluteFilePath());
    QCOMPARE(test::fileBytes(backupPath()), m_formatOneBytes);
    QCOMPARE(WorkspaceCheck::inspect(backupPath()).schemaVersion, 1);
}

void TestMigration::formatOneKeepsItsRows()
{
    QString error;
    auto ws = open(&error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->displayName(), QStringLiteral("Northwind Format One"));

    Team partners;
    partners.id = 3;
    partners.name = QStringLiteral("Partners, Alliances");
    partners.color = QStringLiteral("#2ca02c");
    partners.sortOrder = 3;
    partners.archived = true;
    partners.audit = {utc(2025, 1, 3, 9, 15, 30, 250), QStringLiteral("ann"), utc(2025, 2, 1, 10, 0, 0, 500),
                      QStringLiteral("bob")};
    const QList<Team> teams = ws->repository<Team>().list({}, &error);
    QCOMPARE(teams.size(), 3);
    QCOMPARE(teams.last(), partners);
    QCOMPARE(teams.first().leaderId, 1);

    Person bob;
    bob.id = 2;
    bob.name = QStringLiteral("Bob Baker");
    bob.teamId = 2;
    bob.role = QStringLiteral("CRO");
    bob.email = QStringLiteral("bob@example.com");
    bob.audit = {utc(2025, 1, 2, 8, 2), QStringLiteral("setup"), utc(2025, 1, 2, 8, 2), QStringLiteral("setup")};
    QCOMPARE(ws->repository<Person>().count(), 3);
    QCOMPARE(ws->repository<Person>().find(2, &error), bob);

    FrictionCase c;
    c.id = 1;
    c.title = QStringLiteral("MQLs rejected as junk");
    c.frictionTypeId = 1;
    c.teamIds = {2, 3, 1};
    c.looksLike = QStringLiteral("Half the MQLs are never called");
    c.revenueAtRisk = 250000;
    c.severity = 3;
    c.raisedById = 2;
    c.raisedOn = QDate(2025, 3, 1);
    c.kpiBaseline = 0.12;
    c.kpiTarget = 0.3;
    c.stage = CaseStage::Decide;
    c.stageEnteredAt = utc(2025, 3, 20, 14, 30, 0, 125);
    c.audit = {utc(2025, 3, 1, 9, 0), QStringLiteral("bob"), utc(2025, 3, 20, 14, 30, 0, 125), QStringLiteral("ann")};
    QCOMPARE(ws->repository<FrictionCase>().list({}, &error), QList<FrictionCase>{c});

    Decision decision;
    decision.id = 1;
    decision.caseId = 1;
    decision.ownerId = 1;
    decision.contributorIds = {3, 2};
    decision.criteria = QStringLiteral("Pipeline quality");
    decision.escalationToId = 2;
    decision.escalationAfterDays = 10;
    decision.text = QStringLiteral("One lead definition");
    decision.decidedOn = QDate(2025, 3, 20);
    decision.status = DecisionStatus::InForce;
    decision.audit = {utc(2025, 3, 20, 14, 30, 0, 125), QStringLiteral("ann"), utc(2025, 3, 20, 14, 30, 0, 125),
                      QStringLiteral("ann")};
    QCOMPARE(ws->repository<Decision>().list({}, &error), QList<Decision>{decision});
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMigration::migratedFileGetsFormatTwoTables()
{
    QString error;
    auto ws = open(&error);
    QVERIFY2(ws, qPrintable(error));

    CrmImport import;
    import.fileName = QStringLiteral("leads.csv");
    import.importedAt = m_clock.now();
    QVERIFY2(ws->repository<CrmImport>().insert(import, &error), qPrintable(error));
    CrmRecord record;
    record.externalId = QStringLiteral("LEAD-1");
    record.createdAt = utc(2026, 6, 1, 8, 0, 0, 1);
    record.importId = import.id;
    QVERIFY2(ws->repository<CrmRecord>().insert(record, &error), qPrintable(error));
    QCOMPARE(ws->repository<CrmRecord>().find(record.id, &error), record);

    // A write to an old row lands in the change log the migration added.
    auto cases = ws->repository<FrictionCase>();
    FrictionCase c = *cases.find(1);
    c.mechanism = QStringLiteral("A joint lead definition");
    QVERIFY2(cases.update(c, &error), qPrintable(error));
    QCOMPARE(cases.find(1), c);
    QCOMPARE(c.audit.updatedBy, QStringLiteral("Migrating User"));
    test::PlainSqlite look(m_path);
    QCOMPARE(look.scalar(QStringLiteral("SELECT change || ' ' || changed_by FROM change_log WHERE entity = 'case' "
                                        "AND entity_id = 1")),
             QVariant(QStringLiteral("update Migrating User")));
}

// Format 3 dropped the record indexes no query used; the one behind UNIQUE (kind, external_id) stays for re-imports.
void TestMigration::migratedRecordsKeepOnlyTheirKeyIndex()
{
    QString error;
    QVERIFY2(open(&error), qPrintable(error));
    test::PlainSqlite look(m_path);
    QCOMPARE(look.scalar(QStringLiteral("SELECT group_concat(name) FROM sqlite_master WHERE type = 'index' "
                                        "AND tbl_name = 'crm_records'")),
             QVariant(QStringLiteral("sqlite_autoindex_crm_records_1")));
}

void TestMigration::migratedFileOpensWithoutAnotherBackup()
{
    QString error;
    QVERIFY2(open(&error), qPrintable(error));
    auto again = open(&error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(again->database().backupPath().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}, QDir::Files),
             QStringList{QFileInfo(backupPath()).fileName()});
    QCOMPARE(test::fileBytes(backupPath()), m_formatOneBytes);
}

void TestMigration::readOnlyOpenOfFormatOneChangesNothing()
{
    QString error;
    QVERIFY(!Workspace::open(m_path, Database::Access::ReadOnly, &error, &m_clock));
    QVERIFY2(error.contains(QStringLiteral("older format")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath())), qPrintable(error));
    QCOMPARE(test::fileBytes(m_path), m_formatOneBytes);
    QVERIFY(!QFileInfo::exists(backupPath()));
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
