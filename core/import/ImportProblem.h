#pragma once

#include <QList>
#include <QString>

namespace accord {

// Why a row (or the whole file) cannot be imported, pointing at the line a spreadsheet user would look at: the
// header is line 1, and a record whose quoted field spans lines starts on the line of its first field.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString reason;

    bool operator==(const ImportProblem&) const = default;
};

// How far reading a file has come, for a progress bar; a handler returns false to cancel.
struct ImportProgress
{
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
    int rowsRead = 0;
};

} // namespace accord
