#include "TablePage.h"

#include <QAbstractItemModel>
#include <numeric>

namespace accord {

TablePage::TablePage(const QString& title, QAbstractItemModel* model, QList<Column> columns, QObject* parent)
    : PresentationPage(parent), m_title(title), m_model(model), m_columns(std::move(columns))
{
    connect(model, &QAbstractItemModel::modelReset, this, &PresentationPage::changed);
    connect(model, &QAbstractItemModel::dataChanged, this, &PresentationPage::changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PresentationPage::changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PresentationPage::changed);
}

QList<QList<SheetBox>> TablePage::layoutContent(const PresentationStyle& style, const QRectF& area) const
{
    if (!m_model)
        return {{}};
    const QList<qreal> widths = columnWidths(style, area.width());
    const auto rowHeight = [&](const QStringList& texts, const QFont& font) {
        qreal height = 0;
        for (qsizetype c = 0; c < texts.size(); ++c)
            height =
                std::max(height, PresentationSheet::textHeight(texts.at(c), font, widths.at(c) - 2 * style.padding));
        return height + 2 * style.padding;
    };
    // One row of boxes at a height; the frame of each box is the table's rule.
    const auto addRow = [&](QList<SheetBox>& boxes, const QStringList& texts, qreal top, qreal height,
                            SheetBox::Kind kind, const QFont& font, const QColor& fill) {
        qreal left = area.left();
        for (qsizetype c = 0; c < texts.size(); ++c) {
            SheetBox box = textBox(kind, QRectF(left, top, widths.at(c), height), texts.at(c), font, style);
            box.padding = style.padding;
            box.fill = fill;
            box.frame = style.ink;
            box.frameWidth = style.rule;
            boxes << box;
            left += widths.at(c);
        }
    };

    QStringList headers;
    for (const Column& column : m_columns)
        headers << m_model->headerData(column.modelColumns.first(), Qt::Horizontal).toString();
    const qreal headerHeight = rowHeight(headers, style.strong());

    QList<QList<SheetBox>> sheets;
    QList<SheetBox> boxes;
    qreal top = area.top();
    const auto startSheet = [&] {
        boxes.clear();
        addRow(boxes, headers, area.top(), headerHeight, SheetBox::Kind::Header, style.strong(), style.stripe);
        top = area.top() + headerHeight;
    };
    startSheet();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList texts;
        for (const Column& column : m_columns)
            texts << cellText(row, column);
        const qreal height = rowHeight(texts, style.body());
        // A row that would cross the bottom continues the table on a new sheet, unless it is alone on its sheet.
        if (top + height > area.bottom() && top > area.top() + headerHeight) {
            sheets << boxes;
            startSheet();
        }
        addRow(boxes, texts, top, height, SheetBox::Kind::Cell, style.body(), style.paper);
        top += height;
    }
    if (m_model->rowCount() == 0 && !m_emptyText.isEmpty()) {
        const QRectF below(area.left(), top, area.width(), area.bottom() - top);
        SheetBox note = textBox(SheetBox::Kind::Text, below, m_emptyText, style.body(), style);
        note.padding = style.padding;
        note.rect.setHeight(
            PresentationSheet::textHeight(m_emptyText, style.body(), below.width() - 2 * style.padding) +
            2 * style.padding);
        boxes << note;
    }
    sheets << boxes;
    return sheets;
}

int TablePage::rowCount() const
{
    return m_model ? m_model->rowCount() : 0;
}

QString TablePage::cellText(int row, const Column& column) const
{
    QStringList parts;
    for (int modelColumn : column.modelColumns) {
        const QString text = m_model->index(row, modelColumn).data().toString();
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(QLatin1Char('\n'));
}

QList<qreal> TablePage::columnWidths(const PresentationStyle& style, qreal width) const
{
    // Each column gets its share of the width, but never less than its longest word (so words are not broken)
    // when the table can afford it; the others give up the difference in proportion.
    const double total = std::accumulate(m_columns.cbegin(), m_columns.cend(), 0.0,
                                         [](double sum, const Column& c) { return sum + c.weight; });
    QList<qreal> minimum;
    for (const Column& column : m_columns) {
        qreal widest = PresentationSheet::widestWord(
            m_model->headerData(column.modelColumns.first(), Qt::Horizontal).toString(), style.strong());
        for (int row = 0; row < m_model->rowCount(); ++row)
            widest = std::max(widest, PresentationSheet::widestWord(cellText(row, column), style.body()));
        minimum << widest + 2 * style.padding + 1;
    }
    QList<qreal> widths;
    qreal fixed = 0;
    double flexibleWeight = 0;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const qreal share = width * m_columns.at(c).weight / total;
        if (share < minimum.at(c))
            fixed += minimum.at(c);
        else
            flexibleWeight += m_columns.at(c).weight;
    }
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const qreal share = width * m_columns.at(c).weight / total;
        widths << (share < minimum.at(c) ? minimum.at(c)
                                         : std::max(0.0, width - fixed) * m_columns.at(c).weight / flexibleWeight);
    }
    return widths;
}

} // namespace accord
