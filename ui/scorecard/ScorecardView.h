#pragma once

#include "scorecard/Scorecard.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QTableView;

namespace accord {

class FunnelChart;
class LineageDialog;
class MessageBar;
class ScorecardModel;
class TrendChart;
class Workspace;

// The shared scorecard: every metric of the dictionary per month or quarter, red, amber or green against its
// target, broken down by source, segment, owner or team on request; the selected metric's trend; the funnel with
// its conversions. A click on a number opens its lineage.
class ScorecardView : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    ScorecardModel* model() const { return m_model; }
    FunnelChart* funnel() const { return m_funnel; }
    // The lineage window open now, if any.
    LineageDialog* lineage() const;
    // Shows how the number in a period cell was made; false for a cell that is not a number of a period.
    bool openLineage(const QModelIndex& index);
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    ScorecardOptions options() const;
    void showCurrentTrend();

    QPointer<Workspace> m_workspace;
    bool m_stale = true;
    ScorecardModel* m_model;
    MessageBar* m_messages;
    QComboBox* m_period;
    QComboBox* m_breakdown;
    QTableView* m_table;
    TrendChart* m_trend;
    FunnelChart* m_funnel;
    QPointer<LineageDialog> m_lineage;
};

} // namespace accord
