#pragma once

#include <QChartView>

namespace accord {

struct ScorecardRow;

// One metric's trend over the periods shown: its values as a line with each point coloured red, amber or green,
// the target as a dashed line, and the periods where the definition changed named under the title.
class TrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget* parent = nullptr);

    // Nothing selected shows an empty chart with a hint.
    void showRow(const ScorecardRow* row);
};

} // namespace accord
