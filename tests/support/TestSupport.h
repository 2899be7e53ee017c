#pragma once

#include "workspace/Clock.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace accord::test {

// A workspace in a fresh temporary folder, on a fixed clock, for one test.
struct TempWorkspace
{
    explicit TempWorkspace(Workspace::Content content = Workspace::Content::Catalog);

    QString path() const;
    Workspace& operator*() { return *workspace; }
    Workspace* operator->() { return workspace.get(); }

    QTemporaryDir dir;
    FixedClock clock;
    std::unique_ptr<Workspace> workspace;
    QString error;
};

// The path of a fixture under tests/data.
QString dataFile(const QString& name);
// The bytes of a file, to prove it was left untouched.
QByteArray fileBytes(const QString& path);

} // namespace accord::test
