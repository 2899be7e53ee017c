#include "HeatMapPage.h"

#include "HeatMapModel.h"
#include "HeatScale.h"
#include "domain/Enums.h"

#include <QFontMetricsF>

namespace accord {
namespace {

// Cells grow to fill the screen, but not beyond this many lines of text: a taller cell only spreads the map out.
constexpr qreal TallestCellLines = 2.4;
// Room kept under the map for the current cell's cases.
constexpr int DetailLines = 3;
const QColor DiagonalFill(0xc8, 0xc8, 0xc8);

} // namespace

HeatMapPage::HeatMapPage(HeatMapModel* model, QObject* parent) : PresentationPage(parent), m_model(model)
{
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        resetCurrent();
        Q_EMIT changed();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &PresentationPage::changed);
    resetCurrent();
}

QString HeatMapPage::title() const
{
    return tr("Friction heat map: %1").arg(HeatMapModel::measureName(m_model->measure()));
}

bool HeatMapPage::moveCurrent(int rows, int columns)
{
    const int count = m_model->rowCount();
    int row = m_row + rows;
    int column = m_column + columns;
    // The diagonal pairs a team with itself and is never current: step over it.
    if (row == column) {
        row += rows;
        column += columns;
    }
    if (row < 0 || column < 0 || row >= count || column >= count)
        return false;
    setCurrent(row, column);
    return true;
}

std::optional<CaseFilter> HeatMapPage::drillDown() const
{
    const QModelIndex index = m_model->index(m_row, m_column);
    if (!index.isValid() || index.data().toInt() == 0)
        return std::nullopt;
    return m_model->filterFor(index);
}

void HeatMapPage::setCurrent(int row, int column)
{
    if (row == column || !m_model->index(row, column).isValid())
        return;
    m_row = row;
    m_column = column;
    Q_EMIT changed();
}

void HeatMapPage::resetCurrent()
{
    // Start on the pair with the most open cases: the first thing a room wants to talk about.
    m_row = 0;
    m_column = m_model->columnCount() > 1 ? 1 : 0;
    int most = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        for (int c = 0; c < r; ++c) {
            const int count = m_model->index(r, c).data().toInt();
            if (count > most) {
                most = count;
                m_row = r;
                m_column = c;
            }
        }
    }
}

QList<QList<SheetBox>> HeatMapPage::layoutContent(const PresentationStyle& style, const QRectF& area) const
{
    QList<SheetBox> boxes;
    const int teams = m_model->rowCount();
    if (teams < 2) {
        boxes << textBox(SheetBox::Kind::Text, area, tr("The map needs at least two teams."), style.body(), style);
        return {boxes};
    }
    qreal legendHeight = 0;
    boxes << legend(style, area, &legendHeight);

    const QFont strong = style.strong();
    const qreal line = QFontMetricsF(style.body()).lineSpacing();
    const qreal pad = style.padding;
    QStringList names;
    qreal widestName = 0;
    for (int t = 0; t < teams; ++t) {
        names << m_model->headerData(t, Qt::Vertical).toString();
        widestName = std::max(widestName, QFontMetricsF(strong).horizontalAdvance(names.last()));
    }
    // The map comes first: the cell's cases get a line under it at least, and more when the map leaves room.
    const qreal detailsHeight = line + 2 * pad;
    const QRectF grid = area.adjusted(0, legendHeight + pad, 0, -(detailsHeight + pad));

    // Numbered columns when a team's name has a word wider than its column at this type size.
    qreal headerWidth = std::min(widestName + 2 * pad + QFontMetricsF(strong).horizontalAdvance(QStringLiteral("12 ")),
                                 grid.width() * 0.32);
    const qreal columnWidth = (grid.width() - headerWidth) / teams;
    bool numbered = false;
    for (const QString& name : std::as_const(names))
        numbered = numbered || PresentationSheet::widestWord(name, strong) + 2 * pad > columnWidth;
    QStringList rowLabels = names;
    QStringList columnLabels = names;
    if (numbered) {
        for (int t = 0; t < teams; ++t) {
            rowLabels[t] = tr("%1  %2").arg(t + 1).arg(names.at(t));
            columnLabels[t] = QString::number(t + 1);
        }
    }
    qreal widestLabel = 0;
    for (const QString& label : std::as_const(rowLabels))
        widestLabel = std::max(widestLabel, QFontMetricsF(strong).horizontalAdvance(label));
    headerWidth = std::min(widestLabel + 2 * pad + 1, grid.width() * 0.32);
    const qreal cellWidth = (grid.width() - headerWidth) / teams;

    qreal columnHeaderHeight = 0;
    for (const QString& label : std::as_const(columnLabels))
        columnHeaderHeight =
            std::max(columnHeaderHeight, PresentationSheet::textHeight(label, strong, cellWidth - 2 * pad));
    columnHeaderHeight += 2 * pad;
    QList<qreal> rowHeights;
    qreal needed = columnHeaderHeight;
    for (const QString& label : std::as_const(rowLabels)) {
        rowHeights << std::max(line, PresentationSheet::textHeight(label, strong, headerWidth - 2 * pad)) + 2 * pad;
        needed += rowHeights.last();
    }
    // Spread the spare height over the rows, up to a comfortable cell height.
    const qreal spare = std::max(0.0, grid.height() - (DetailLines - 1) * line - needed) / teams;
    for (qreal& height : rowHeights)
        height = std::max(height, std::min(height + spare, TallestCellLines * line + 2 * pad));

    const auto frame = [&](SheetBox& box) {
        box.padding = pad;
        box.frame = style.ink;
        box.frameWidth = style.rule;
    };
    SheetBox corner = textBox(SheetBox::Kind::Header, QRectF(grid.left(), grid.top(), headerWidth, columnHeaderHeight),
                              QString(), strong, style);
    frame(corner);
    boxes << corner;
    for (int c = 0; c < teams; ++c) {
        SheetBox header =
            textBox(SheetBox::Kind::Header,
                    QRectF(grid.left() + headerWidth + c * cellWidth, grid.top(), cellWidth, columnHeaderHeight),
                    columnLabels.at(c), strong, style);
        header.alignment = Qt::AlignHCenter | Qt::AlignBottom;
        frame(header);
        boxes << header;
    }
    qreal top = grid.top() + columnHeaderHeight;
    SheetBox current;
    for (int r = 0; r < teams; ++r) {
        SheetBox header = textBox(SheetBox::Kind::Header, QRectF(grid.left(), top, headerWidth, rowHeights.at(r)),
                                  rowLabels.at(r), strong, style);
        header.alignment = Qt::AlignLeft | Qt::AlignVCenter;
        frame(header);
        boxes << header;
        for (int c = 0; c < teams; ++c) {
            const QModelIndex index = m_model->index(r, c);
            const double intensity = index.data(HeatMapModel::IntensityRole).toDouble();
            SheetBox cell = textBox(SheetBox::Kind::Cell,
                                    QRectF(grid.left() + headerWidth + c * cellWidth, top, cellWidth, rowHeights.at(r)),
                                    index.data(HeatMapModel::MeasureTextRole).toString(), strong, style);
            cell.alignment = Qt::AlignCenter;
            cell.fill = r == c ? DiagonalFill : HeatScale::fill(intensity);
            cell.textColor = HeatScale::text(intensity);
            frame(cell);
            boxes << cell;
            if (r == m_row && c == m_column) {
                current = cell;
                current.kind = SheetBox::Kind::Current;
                current.text.clear();
                current.fill = QColor();
                current.frameWidth = style.rule * 4;
            }
        }
        top += rowHeights.at(r);
    }
    // The current cell's frame goes last so that no neighbour paints over it.
    boxes << current;
    const qreal detailsTop = top + pad;
    if (area.bottom() - detailsTop >= detailsHeight)
        boxes << details(style, QRectF(area.left(), detailsTop, area.width(), area.bottom() - detailsTop));
    return {boxes};
}

QList<SheetBox> HeatMapPage::legend(const PresentationStyle& style, const QRectF& area, qreal* height) const
{
    const QFont font = style.body();
    const qreal line = QFontMetricsF(font).lineSpacing();
    const QList<double> steps = HeatScale::legendSteps();
    const QString lighter = tr("low");
    const QString darker = tr("high");
    QList<SheetBox> boxes;
    const qreal swatch = line * 1.4;
    const qreal scaleWidth =
        steps.size() * swatch + QFontMetricsF(font).horizontalAdvance(lighter + darker) + 4 * style.padding;
    SheetBox label =
        textBox(SheetBox::Kind::Text, QRectF(area.left(), area.top(), area.width() - scaleWidth, line),
                tr("Shade and number: %1").arg(HeatMapModel::measureName(m_model->measure())), font, style);
    label.rect.setHeight(PresentationSheet::textHeight(label.text, font, label.rect.width()));
    *height = std::max(label.rect.height(), line);
    boxes << label;
    qreal left = area.right() - scaleWidth;
    const qreal lighterWidth = QFontMetricsF(font).horizontalAdvance(lighter) + style.padding + 1;
    boxes << textBox(SheetBox::Kind::Text, QRectF(left, area.top(), lighterWidth, line), lighter, font, style);
    left += lighterWidth + style.padding;
    for (double step : steps) {
        SheetBox box;
        box.kind = SheetBox::Kind::Swatch;
        box.rect = QRectF(left, area.top(), swatch, line);
        box.fill = HeatScale::fill(step);
        box.frame = style.ink;
        box.frameWidth = style.rule / 2.0;
        boxes << box;
        left += swatch;
    }
    boxes << textBox(SheetBox::Kind::Text,
                     QRectF(left + style.padding, area.top(), area.right() - left - style.padding, line), darker, font,
                     style);
    return boxes;
}

SheetBox HeatMapPage::details(const PresentationStyle& style, const QRectF& area) const
{
    const QModelIndex index = m_model->index(m_row, m_column);
    const QString pair = tr("%1 and %2")
                             .arg(m_model->headerData(m_row, Qt::Vertical).toString(),
                                  m_model->headerData(m_column, Qt::Horizontal).toString());
    const QList<CaseSummary> cases = m_model->casesFor(index);
    SheetBox box = textBox(SheetBox::Kind::Text, area, QString(), style.body(), style);
    box.padding = style.padding;
    box.frame = style.ink;
    box.frameWidth = style.rule;
    if (cases.isEmpty()) {
        box.text = tr("%1: no open cases.").arg(pair);
        return box;
    }
    // As many whole titles as fit, then how many more: Enter opens them all.
    for (qsizetype shown = cases.size(); shown >= 0; --shown) {
        QStringList titles;
        for (qsizetype i = 0; i < shown; ++i)
            titles << tr("%1 (%2)").arg(cases.at(i).title, severityName(cases.at(i).severity));
        QString text = tr("%1, %n open: ", nullptr, int(cases.size())).arg(pair) + titles.join(tr("; "));
        if (shown < cases.size())
            text += tr(" … and %n more (Enter opens them)", nullptr, int(cases.size() - shown));
        box.text = text;
        if (PresentationSheet::textHeight(text, box.font, box.textRect().width()) <= box.textRect().height())
            break;
    }
    return box;
}

} // namespace accord
