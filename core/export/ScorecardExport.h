#pragma once

#include "scorecard/Scorecard.h"

#include <QJsonArray>

class QTextStream;

namespace accord {

// The scorecard as data: one CSV line per metric, group and period; in JSON one object per metric and group with
// its periods.
namespace ScorecardExport {

QString ragCode(Rag rag);
QJsonArray toJson(const QList<ScorecardRow>& rows);
void writeCsv(const QList<ScorecardRow>& rows, QTextStream& out);

} // namespace ScorecardExport
} // namespace accord
