#pragma once

#include "import/ImportEnums.h"
#include "import/ImportProblem.h"

#include <QList>
#include <QMetaType>
#include <QStringList>
#include <QTest>

Q_DECLARE_METATYPE(accord::ImportProblem)
Q_DECLARE_METATYPE(accord::TextEncoding)
Q_DECLARE_METATYPE(accord::DateFormat)

namespace accord {

// Lets QCOMPARE print a problem that differs, found by argument-dependent lookup.
inline char* toString(const ImportProblem& problem)
{
    return QTest::toString(
        QStringLiteral("line %1, column “%2”: %3").arg(problem.line).arg(problem.column, problem.reason));
}

} // namespace accord
