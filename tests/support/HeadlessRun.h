#pragma once

#include <QString>
#include <QStringList>

namespace accord::test {

// What a command-line program printed and returned.
struct HeadlessRun
{
    int exitCode = -1; // -1 when it did not finish in time
    QString out;
    QString err;

    // Runs a program the way a script would: no display, nothing on standard input.
    static HeadlessRun of(const QString& program, const QStringList& arguments, int timeoutMs = 300000);
};

} // namespace accord::test
