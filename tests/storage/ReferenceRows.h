#pragma once

#include "domain/Id.h"

#include <QDateTime>
#include <QString>

namespace accord {
class Workspace;
}

namespace accord::test {

// A record with only its name set, for rows a test needs to exist but does not look at.
template <typename T> T named(const char* name)
{
    T item;
    item.name = QString::fromUtf8(name);
    return item;
}

// A UTC time with milliseconds, so that round trips prove no precision is lost.
QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0);

// Rows that other rows point at, created through the repositories with the least each needs, so that every
// foreign key of a storage test has a real target whatever the built-in catalogue holds.
struct ReferenceRows
{
    Id teamA = 0;
    Id teamB = 0;
    Id teamC = 0;
    Id personA = 0;
    Id personB = 0;
    Id personC = 0;
    Id metricA = 0;
    Id metricB = 0;
    Id stageA = 0;
    Id stageB = 0;
    Id categoryA = 0;
    Id categoryB = 0;
    Id signalA = 0;
    Id signalB = 0;
    Id outcome = 0;
    Id frictionType = 0;
    Id pattern = 0;
    Id rhythm = 0;
    Id meeting = 0;
    Id caseId = 0;
    Id decision = 0;
    Id action = 0;
    Id mapping = 0;
    Id crmImport = 0;

    // Fills every id, or returns false with *error set.
    bool create(Workspace& workspace, QString* error);
};

} // namespace accord::test
