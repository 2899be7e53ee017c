#pragma once

#include <QChartView>
#include <QDate>
#include <optional>

namespace accord {

class Workspace;

// The workspace's funnel over the records created in the periods shown: how many reached each stage, and the
// conversion from one stage to the next under each bar. Each count is a formula evaluated like any metric's.
class FunnelChart : public QChartView
{
    Q_OBJECT

public:
    explicit FunnelChart(QWidget* parent = nullptr);

    // Recounts; returns false with the reason in error when a count cannot be made.
    bool recount(Workspace& workspace, QDate from, QDate to, QString* error);
    void clear();

    struct Stage
    {
        QString name;
        double count = 0;
        std::optional<double> conversion; // from the stage before, in percent
    };
    const QList<Stage>& stages() const { return m_stages; }

private:
    void draw(const QString& title);

    QList<Stage> m_stages;
};

} // namespace accord
