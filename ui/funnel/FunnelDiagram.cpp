#include "FunnelDiagram.h"

#include "FunnelStageModel.h"

#include <QPainter>
#include <QPainterPath>

namespace accord {
namespace {

constexpr qreal margin = 8;
// Room between blocks for the handoff marker.
constexpr qreal gap = 14;
// The last block is this share of the first one's height: enough taper to read as a funnel, enough room for text.
constexpr qreal narrowest = 0.5;

QColor tint(const QColor& colour)
{
    // Mixing with white keeps dark text readable on every team colour, light yellows included.
    const qreal keep = 0.22;
    return QColor::fromRgbF(float(colour.redF() * keep + (1 - keep)), float(colour.greenF() * keep + (1 - keep)),
                            float(colour.blueF() * keep + (1 - keep)));
}

} // namespace

FunnelDiagram::FunnelDiagram(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("funnelDiagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void FunnelDiagram::setModel(FunnelStageModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &FunnelDiagram::relayout);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &FunnelDiagram::relayout);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &FunnelDiagram::relayout);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FunnelDiagram::relayout);
    }
    relayout();
}

QSize FunnelDiagram::sizeHint() const
{
    return {960, fontMetrics().height() * 12};
}

QSize FunnelDiagram::minimumSizeHint() const
{
    return {480, fontMetrics().height() * 9};
}

void FunnelDiagram::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

QRectF FunnelDiagram::funnelArea() const
{
    int labelRows = 0;
    for (const Handoff& handoff : m_handoffs)
        labelRows = std::max(labelRows, handoff.row + 1);
    const qreal labels = labelRows * (fontMetrics().height() + 6);
    return QRectF(rect()).adjusted(margin, margin, -margin, -margin - labels);
}

void FunnelDiagram::relayout()
{
    m_blocks.clear();
    m_handoffs.clear();
    const int count = m_model ? m_model->rowCount() : 0;
    if (count > 0) {
        const qreal left = margin;
        const qreal width = (this->width() - 2 * margin - (count - 1) * gap) / count;
        // The handoffs come first: how many label lines they need decides how tall the funnel can be.
        const QList<FunnelStage>& stages = m_model->records();
        for (int i = 1; i < count; ++i) {
            const Id from = stages.at(i - 1).ownerTeamId;
            const Id to = stages.at(i).ownerTeamId;
            if (from == to)
                continue;
            Handoff handoff;
            handoff.text = tr("%1 → %2 handoff").arg(m_model->teamName(from), m_model->teamName(to));
            handoff.x = left + i * (width + gap) - gap / 2;
            m_handoffs.append(handoff);
        }
        qreal rowEnd[2] = {-1e9, -1e9};
        for (Handoff& handoff : m_handoffs) {
            const qreal half = fontMetrics().horizontalAdvance(handoff.text) / 2.0 + 8;
            handoff.row = handoff.x - half < rowEnd[0] ? 1 : 0;
            rowEnd[handoff.row] = handoff.x + half;
        }

        const QRectF area = funnelArea();
        const qreal middle = area.center().y();
        const auto halfHeight = [&](int edge) { return area.height() / 2 * (1 - (1 - narrowest) * edge / count); };
        for (int i = 0; i < count; ++i) {
            const FunnelStage& stage = stages.at(i);
            const qreal x0 = left + i * (width + gap);
            const qreal x1 = x0 + width;
            Block block;
            block.stageId = stage.id;
            block.name = stage.name;
            block.team = m_model->teamName(stage.ownerTeamId);
            block.colour = m_model->teamColour(stage.ownerTeamId);
            block.shape << QPointF(x0, middle - halfHeight(i)) << QPointF(x1, middle - halfHeight(i + 1))
                        << QPointF(x1, middle + halfHeight(i + 1)) << QPointF(x0, middle + halfHeight(i));
            m_blocks.append(block);
        }
    }
    update();
}

void FunnelDiagram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_blocks.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("The funnel has no stages yet. Add the first one below."));
        return;
    }
    for (const Block& block : m_blocks)
        paintBlock(painter, block);
    for (const Handoff& handoff : m_handoffs)
        paintHandoff(painter, handoff);
}

void FunnelDiagram::paintBlock(QPainter& painter, const Block& block) const
{
    painter.setPen(QPen(block.colour, 2));
    painter.setBrush(tint(block.colour));
    painter.drawPolygon(block.shape);

    // Text stays inside the block's narrower (right-hand) edge.
    const QRectF bounds = block.shape.boundingRect();
    const qreal top = block.shape.at(1).y();
    const qreal bottom = block.shape.at(2).y();
    const QRectF inner(bounds.left() + 10, top + 6, bounds.width() - 20, bottom - top - 12);

    QFont teamFont = font();
    const QFontMetricsF teamMetrics(teamFont);
    QFont nameFont = font();
    nameFont.setBold(true);
    const QFontMetricsF nameMetrics(nameFont);

    const QRectF nameRect(inner.left(), inner.top(), inner.width(), inner.height() - teamMetrics.height() - 4);
    const int nameLines = std::max(1, int(nameRect.height() / nameMetrics.lineSpacing()));
    const QRectF needed = nameMetrics.boundingRect(nameRect, Qt::TextWordWrap, block.name);
    const qreal nameHeight = std::min(needed.height(), nameLines * nameMetrics.lineSpacing());
    const qreal blockTop = inner.center().y() - (nameHeight + 4 + teamMetrics.height()) / 2;

    painter.setPen(QColor(0x1f, 0x29, 0x37));
    painter.setFont(nameFont);
    const QRectF nameArea(inner.left(), blockTop, inner.width(), nameHeight);
    if (needed.height() <= nameArea.height() + 0.5) {
        painter.drawText(nameArea, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, block.name);
    } else {
        painter.drawText(nameArea, Qt::AlignHCenter | Qt::AlignTop,
                         nameMetrics.elidedText(block.name, Qt::ElideRight, nameArea.width()));
    }

    // The team, led by a dot of its colour so that it reads even where the tint is faint.
    painter.setFont(teamFont);
    const QString team = teamMetrics.elidedText(block.team, Qt::ElideRight, inner.width() - 16);
    const qreal teamWidth = teamMetrics.horizontalAdvance(team) + 14;
    const QPointF teamAt(inner.center().x() - teamWidth / 2, blockTop + nameHeight + 4);
    painter.setBrush(block.colour);
    painter.setPen(Qt::NoPen);
    const qreal dot = 8;
    painter.drawEllipse(QRectF(teamAt.x(), teamAt.y() + (teamMetrics.height() - dot) / 2, dot, dot));
    painter.setPen(QColor(0x37, 0x41, 0x51));
    painter.drawText(QRectF(teamAt.x() + 14, teamAt.y(), teamWidth, teamMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, team);
}

void FunnelDiagram::paintHandoff(QPainter& painter, const Handoff& handoff) const
{
    const QRectF area = funnelArea();
    const qreal lineHeight = fontMetrics().height() + 6;
    const qreal labelTop = area.bottom() + 4 + handoff.row * lineHeight;
    const QColor ink(0x37, 0x41, 0x51);

    painter.setPen(QPen(ink, 1.5, Qt::DashLine));
    painter.drawLine(QPointF(handoff.x, area.top()), QPointF(handoff.x, labelTop));

    // An arrow head across the gap says which way the lead travels.
    QPainterPath arrow;
    const qreal y = area.center().y();
    arrow.moveTo(handoff.x - 6, y - 9);
    arrow.lineTo(handoff.x + 7, y);
    arrow.lineTo(handoff.x - 6, y + 9);
    arrow.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    painter.drawPath(arrow);

    const qreal width = fontMetrics().horizontalAdvance(handoff.text) + 8;
    const qreal x = std::clamp(handoff.x - width / 2, margin, this->width() - margin - width);
    painter.setPen(ink);
    painter.setFont(font());
    painter.drawText(QRectF(x, labelTop, width, lineHeight), Qt::AlignCenter, handoff.text);
}

} // namespace accord
