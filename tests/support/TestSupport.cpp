#include "TestSupport.h"

#include "TestPaths.h"

#include <QFile>

namespace accord::test {

TempWorkspace::TempWorkspace(Workspace::Content content)
    : clock(QDateTime(QDate(2026, 6, 15), QTime(9, 30), Qt::UTC))
{
    workspace = Workspace::create(path(), content, &error, &clock);
    if (workspace)
        workspace->setCurrentUser(QStringLiteral("Test User"));
}

QString TempWorkspace::path() const
{
    return dir.filePath(QStringLiteral("test.accord"));
}

QString dataFile(const QString& name)
{
    return QStringLiteral(ACCORD_TEST_DATA_DIR "/") + name;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace accord::test
