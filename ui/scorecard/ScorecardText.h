#pragma once

#include "domain/Metric.h"
#include "scorecard/Scorecard.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace accord {

// How the board writes and colours a metric's values.
class ScorecardText
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardText)

public:
    // The three questions the shared board answers, in the order it asks them.
    enum class Section { Speed, Quality, Impact };

    // A metric's section follows from its unit: times are speed, money is impact, and rates and scores say how
    // good the flow is. The dictionary has no field for it, so a metric added by RevOps lands in the right place.
    static Section sectionOf(const Metric& metric);
    static QString sectionName(Section section);

    // A value in its metric's unit ("62.5%", "18.0 h", "$1,250,000"); "–" when there is none.
    static QString value(const Metric& metric, std::optional<double> value);
    // A period as people read it: "Mar 2026", "Q2 2026".
    static QString periodName(const QString& key);
    static QString ragName(Rag rag);
    // A soft fill for a cell and a strong colour for a line or a mark.
    static QColor ragFill(Rag rag);
    static QColor ragColor(Rag rag);
};

} // namespace accord
