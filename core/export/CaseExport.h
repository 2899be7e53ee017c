#pragma once

#include "storage/CaseListQuery.h"

#include <QJsonArray>

class QTextStream;

namespace accord {

// The case list as data for other tools: one record per case with its id, title, stage, friction type, teams,
// severity and decision owner.
namespace CaseExport {

QJsonArray toJson(const QList<CaseSummary>& cases);
void writeCsv(const QList<CaseSummary>& cases, QTextStream& out);

} // namespace CaseExport
} // namespace accord
