#pragma once

#include "domain/Id.h"

#include <QColor>
#include <QPolygonF>
#include <QWidget>

namespace accord {

class FunnelStageModel;

// The funnel drawn left to right as blocks that taper stage by stage, each in its owning team's colour, with a
// marker wherever the owner changes: those handoffs are where leads get lost and teams start to argue.
class FunnelDiagram : public QWidget
{
    Q_OBJECT

public:
    struct Block
    {
        Id stageId = 0;
        QString name;
        QString team;
        QColor colour;
        QPolygonF shape;
    };
    struct Handoff
    {
        QString text; // "Marketing → Sales handoff"
        qreal x = 0;  // where the owner changes
        int row = 0;  // labels that would overlap go on a second line
    };

    explicit FunnelDiagram(QWidget* parent = nullptr);

    void setModel(FunnelStageModel* model);

    // What is drawn, in order, for the current size.
    const QList<Block>& blocks() const { return m_blocks; }
    const QList<Handoff>& handoffs() const { return m_handoffs; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void relayout();
    QRectF funnelArea() const;
    void paintBlock(QPainter& painter, const Block& block) const;
    void paintHandoff(QPainter& painter, const Handoff& handoff) const;

    FunnelStageModel* m_model = nullptr;
    QList<Block> m_blocks;
    QList<Handoff> m_handoffs;
};

} // namespace accord
