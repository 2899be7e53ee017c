#include "PlainSqlite.h"
#include "TestSupport.h"
#include "domain/Team.h"
#include "storage/Migrations.h"
#include "storage/WorkspaceCheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

using namespace accord;

namespace {

enum class BadFile { Missing, Folder, Text, PngHeader, Empty, Truncated, Corrupt, OtherApplication, NoTables, TooNew };

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A healthy workspace at path, closed again so that its whole content is in the main file.
bool createWorkspace(const QString& path, QString* error)
{
    const FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(9, 30), Qt::UTC));
    auto ws = Workspace::create(path, Workspace::Content::Catalog, error, &clock);
    if (!ws)
        return false;
    Team team;
    team.name = QStringLiteral("A team so that the file has rows");
    return ws->repository<Team>().insert(team, error);
}

int pageSize(const QByteArray& file)
{
    const int size = (quint8(file.at(16)) << 8) | quint8(file.at(17));
    return size == 1 ? 65536 : size;
}

bool makeBadFile(BadFile kind, const QString& path, QString* error)
{
    switch (kind) {
    case BadFile::Missing:
        return true;
    case BadFile::Folder:
        return QDir().mkpath(path);
    case BadFile::Text:
        return writeBytes(path, QByteArrayLiteral("Quarterly plan\nNot a database at all, but long enough to have "
                                                  "a hundred bytes, which is the size of a SQLite header.\n"));
    case BadFile::PngHeader:
        return writeBytes(path, QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(200, '\0'));
    case BadFile::Empty:
        return writeBytes(path, {});
    case BadFile::Truncated: {
        if (!createWorkspace(path, error))
            return false;
        const QByteArray bytes = test::fileBytes(path);
        return writeBytes(path, bytes.left(bytes.size() / 2));
    }
    case BadFile::Corrupt: {
        if (!createWorkspace(path, error))
            return false;
        QByteArray bytes = test::fileBytes(path);
        // Wipe one page in the middle of the file; the header on page 1 stays as it was.
        const int size = pageSize(bytes);
        const qsizetype page = bytes.size() / size / 2;
        if (page < 1)
            return false;
        bytes.replace(page * size, size, QByteArray(size, '\xee'));
        return writeBytes(path, bytes);
    }
    case BadFile::OtherApplication: {
        test::PlainSqlite db(path);
        const bool ok = db.exec({QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                                 QStringLiteral("INSERT INTO notes (text) VALUES ('shopping list')")});
        *error = db.error();
        return ok;
    }
    case BadFile::NoTables: {
        // Setting a header field is the least that makes SQLite write a file.
        test::PlainSqlite db(path);
        const bool ok = db.exec({QStringLiteral("PRAGMA user_version = 1")});
        *error = db.error();
        return ok;
    }
    case BadFile::TooNew: {
        if (!createWorkspace(path, error))
            return false;
        test::PlainSqlite db(path);
        const bool ok = db.exec({QStringLiteral("PRAGMA user_version = %1").arg(Migrations::currentVersion() + 1)});
        *error = db.error();
        return ok;
    }
    }
    return false;
}

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// Makes a file read-only for this process, also when it runs as root (whom permission bits do not stop): there the
// file is made immutable too. Undone when it goes out of scope, so that the temporary folder can be removed.
class WriteProtection
{
public:
    explicit WriteProtection(const QString& path) : m_path(path), m_permissions(QFile::permissions(path))
    {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
#ifdef Q_OS_LINUX
        if (::geteuid() == 0)
            m_immutable = setImmutable(true);
#endif
    }
    ~WriteProtection()
    {
#ifdef Q_OS_LINUX
        if (m_immutable)
            setImmutable(false);
#endif
        QFile::setPermissions(m_path, m_permissions);
    }
    WriteProtection(const WriteProtection&) = delete;
    WriteProtection& operator=(const WriteProtection&) = delete;

    bool isEffective() const
    {
        return !QFileInfo(m_path).isWritable();
    }

private:
#ifdef Q_OS_LINUX
    bool setImmutable(bool on)
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY);
        if (fd < 0)
            return false;
        int flags = 0;
        bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ok && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        ::close(fd);
        return ok;
    }
    bool m_immutable = false;
#endif
    QString m_path;
    QFile::Permissions m_permissions;
};

} // namespace

Q_DECLARE_METATYPE(BadFile)
Q_DECLARE_METATYPE(WorkspaceCheck::Problem)

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badFileIsRefusedAndLeftAlone_data();
    void badFileIsRefusedAndLeftAlone();
    void healthyWorkspacePassesInspection();
    void writeProtectedFileOpensReadOnly();
    void fileOpenElsewhereOpensReadOnly();
};

void TestWorkspaceFile::badFileIsRefusedAndLeftAlone_data()
{
    QTest::addColumn<BadFile>("kind");
    QTest::addColumn<WorkspaceCheck::Problem>("problem");
    QTest::addColumn<QString>("says");

    using P = WorkspaceCheck::Problem;
    QTest::addRow("missing file") << BadFile::Missing << P::Missing << QStringLiteral("does not exist");
    QTest::addRow("a folder") << BadFile::Folder << P::Unreadable << QStringLiteral("cannot be read");
    QTest::addRow("text file") << BadFile::Text << P::NotSqlite << QStringLiteral("not a SQLite database");
    QTest::addRow("PNG image") << BadFile::PngHeader << P::NotSqlite << QStringLiteral("not a SQLite database");
    QTest::addRow("0-byte file") << BadFile::Empty << P::NotSqlite << QStringLiteral("not a SQLite database");
    QTest::addRow("truncated workspace") << BadFile::Truncated << P::Corrupt << QStringLiteral("damaged");
    QTest::addRow("corrupt page") << BadFile::Corrupt << P::Corrupt << QStringLiteral("damaged");
    QTest::addRow("another application's database")
        << BadFile::OtherApplication << P::NotAWorkspace << QStringLiteral("another application");
    QTest::addRow("SQLite file without tables")
        << BadFile::NoTables << P::NotAWorkspace << QStringLiteral("empty SQLite database");
    QTest::addRow("newer format") << BadFile::TooNew << P::TooNew << QStringLiteral("newer version of Accord");
}

void TestWorkspaceFile::badFileIsRefusedAndLeftAlone()
{
    QFETCH(BadFile, kind);
    QFETCH(WorkspaceCheck::Problem, problem);
    QFETCH(QString, says);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.accord"));
    QString error;
    QVERIFY2(makeBadFile(kind, path, &error), qPrintable(error));
    const QByteArray before = test::fileBytes(path);
    const QStringList entries = folderEntries(dir.path());

    const WorkspaceCheck check = WorkspaceCheck::inspect(path);
    QCOMPARE(check.problem, problem);
    QVERIFY(!check.ok());

    error.clear();
    QVERIFY(!Workspace::open(path, Database::Access::ReadWrite, &error));
    QVERIFY2(error.contains(nativePath(path)), qPrintable(error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QCOMPARE(error, check.message);

    QCOMPARE(test::fileBytes(path), before);
    // Reading a WAL-mode file leaves SQLite's shared-memory index and an empty journal beside it; nothing else
    // (no lock, no backup, no half-written copy) may appear.
    const QString name = QFileInfo(path).fileName();
    QStringList allowed = entries + QStringList{name + QStringLiteral("-wal"), name + QStringLiteral("-shm")};
    for (const QString& entry : folderEntries(dir.path()))
        QVERIFY2(allowed.contains(entry), qPrintable(entry));
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
}

void TestWorkspaceFile::healthyWorkspacePassesInspection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("good.accord"));
    QString error;
    QVERIFY2(createWorkspace(path, &error), qPrintable(error));
    const WorkspaceCheck check = WorkspaceCheck::inspect(path);
    QCOMPARE(check.problem, WorkspaceCheck::Problem::None);
    QVERIFY(check.message.isEmpty());
    QCOMPARE(check.schemaVersion, Migrations::currentVersion());
    QVERIFY(check.writable);
    QVERIFY(!check.needsMigration());
}

void TestWorkspaceFile::writeProtectedFileOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("protected.accord"));
    QString error;
    QVERIFY2(createWorkspace(path, &error), qPrintable(error));
    const QByteArray before = test::fileBytes(path);
    {
        const WriteProtection protection(path);
        if (!protection.isEffective())
            QSKIP("This process can write to any file, so a write-protected one cannot be made.");
        QCOMPARE(WorkspaceCheck::inspect(path).writable, false);

        auto ws = Workspace::open(path, Database::Access::ReadWrite, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(ws->isReadOnly());
        QVERIFY2(ws->readOnlyReason().contains(QStringLiteral("write-protected")), qPrintable(ws->readOnlyReason()));
        auto teams = ws->repository<Team>();
        QVERIFY2(!teams.list({}, &error).isEmpty(), qPrintable(error));
        Team team;
        team.name = QStringLiteral("Not written");
        QVERIFY(!teams.insert(team, &error));
        QVERIFY(!error.isEmpty());
    }
    QCOMPARE(test::fileBytes(path), before);
}

void TestWorkspaceFile::fileOpenElsewhereOpensReadOnly()
{
    test::TempWorkspace first;
    QVERIFY2(first.workspace, qPrintable(first.error));
    QVERIFY(!first->isReadOnly());

    QString error;
    auto second = Workspace::open(first.path(), Database::Access::ReadWrite, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second->isReadOnly());
    QVERIFY2(second->readOnlyReason().contains(QStringLiteral("Another Accord")), qPrintable(second->readOnlyReason()));
    QVERIFY2(second->readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(second->readOnlyReason()));
    second.reset();

    first.workspace.reset();
    auto third = Workspace::open(first.path(), Database::Access::ReadWrite, &error);
    QVERIFY2(third, qPrintable(error));
    QVERIFY2(!third->isReadOnly(), qPrintable(third->readOnlyReason()));
}

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspace_file.moc"
