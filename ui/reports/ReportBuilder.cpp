#include "ReportBuilder.h"

#include "ReportStyle.h"

#include <QAbstractItemModel>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

namespace accord {

ReportBuilder::ReportBuilder(QTextDocument* document, qreal bodyPoints)
    : m_document(document), m_cursor(document), m_body(bodyPoints > 0 ? bodyPoints : ReportStyle::bodyPoints())
{
    m_document->setDefaultFont(ReportStyle::font(m_body));
    m_document->setDocumentMargin(0);
    QTextOption option = m_document->defaultTextOption();
    // A word longer than the line (a URL, a pasted identifier) breaks inside rather than running off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_document->setDefaultTextOption(option);
}

QString ReportBuilder::orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QTextBlockFormat ReportBuilder::blockFormat(qreal top, qreal bottom) const
{
    QTextBlockFormat format;
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    format.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    return format;
}

QTextCharFormat ReportBuilder::charFormat(qreal points, bool bold, bool muted) const
{
    QTextCharFormat format;
    format.setFont(ReportStyle::font(points, bold ? QFont::DemiBold : QFont::Normal));
    format.setForeground(muted ? ReportStyle::muted : ReportStyle::ink);
    return format;
}

void ReportBuilder::startBlock(const QTextBlockFormat& block, const QTextCharFormat& chars)
{
    QTextBlockFormat format = block;
    if (m_breakNext)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_breakNext = false;
    if (m_empty) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.setCharFormat(chars);
        m_empty = false;
    } else {
        m_cursor.insertBlock(format, chars);
    }
}

void ReportBuilder::title(const QString& text, qreal points)
{
    QTextCharFormat chars = charFormat(points > 0 ? points : m_body * 2, true);
    chars.setForeground(ReportStyle::accent);
    QTextBlockFormat block = blockFormat(0, 2);
    block.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
    startBlock(block, chars);
    m_cursor.insertText(text, chars);
}

void ReportBuilder::subtitle(const QString& text)
{
    const QTextCharFormat chars = charFormat(m_body * 1.05, false, true);
    startBlock(blockFormat(2, 6), chars);
    m_cursor.insertText(text, chars);
}

void ReportBuilder::heading(const QString& text)
{
    QTextCharFormat chars = charFormat(m_body * 1.3, true);
    chars.setForeground(ReportStyle::accent);
    QTextBlockFormat block = blockFormat(14, 4);
    block.setProperty(KeepWithNext, true);
    startBlock(block, chars);
    m_cursor.insertText(text, chars);
}

void ReportBuilder::paragraph(const QString& text)
{
    const QTextCharFormat chars = charFormat(m_body);
    startBlock(blockFormat(0, 4), chars);
    m_cursor.insertText(orDash(text), chars);
}

void ReportBuilder::label(const QString& text)
{
    const QTextCharFormat chars = charFormat(m_body, true);
    QTextBlockFormat block = blockFormat(4, 1);
    block.setProperty(KeepWithNext, true);
    startBlock(block, chars);
    m_cursor.insertText(text, chars);
}

void ReportBuilder::note(const QString& text)
{
    QTextTableFormat format;
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(ReportStyle::noteFrame);
    format.setBackground(ReportStyle::noteFill);
    format.setCellPadding(6);
    format.setCellSpacing(0);
    format.setTopMargin(6);
    format.setBottomMargin(6);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (m_breakNext)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_breakNext = false;
    m_empty = false;
    QTextTable* table = m_cursor.insertTable(1, 1, format);
    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    cell.setBlockFormat(blockFormat(0, 0));
    cell.insertText(text, charFormat(m_body));
    afterTable();
}

void ReportBuilder::fields(const QList<Field>& fields)
{
    QList<QList<Field>> rows;
    for (const Field& f : fields)
        rows.append({{f.label, QString()}, {QString(), orDash(f.value)}});
    insertTable(rows, {28, 72}, false, 0);
}

void ReportBuilder::box(const QString& heading, const QList<Field>& fields, HeadingLevel level)
{
    if (level == HeadingLevel::Section)
        this->heading(heading);
    else
        label(heading);
    const int start = m_cursor.block().position();
    QList<QList<Field>> rows;
    for (const Field& f : fields)
        rows.append({{f.label, QString()}, {QString(), orDash(f.value)}});
    QTextTable* table = insertTable(rows, {28, 72}, true, 0);
    if (!table)
        return;
    // The heading and the whole box stay on one page.
    QTextCursor headingCursor(m_document->findBlock(start));
    QTextBlockFormat format = headingCursor.blockFormat();
    format.setProperty(KeepTogetherUntil, table->cellAt(table->rows() - 1, 1).lastCursorPosition().position());
    headingCursor.setBlockFormat(format);
}

void ReportBuilder::table(const QStringList& headers, const QList<QStringList>& rows, const QList<qreal>& widths)
{
    QList<QList<Field>> cells;
    QList<Field> header;
    for (const QString& h : headers)
        header.append({h, QString()});
    cells.append(header);
    for (const QStringList& row : rows) {
        QList<Field> line;
        for (const QString& value : row)
            line.append({QString(), orDash(value)});
        cells.append(line);
    }
    insertTable(cells, widths, false, 1);
}

void ReportBuilder::table(const QAbstractItemModel& model, const QList<qreal>& widths)
{
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QList<QStringList> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row << model.index(r, c).data().toString();
        rows.append(row);
    }
    table(headers, rows, widths);
}

// A cell's Field holds bold text in label and plain text in value.
QTextTable* ReportBuilder::insertTable(const QList<QList<Field>>& rows, const QList<qreal>& widths, bool boxed,
                                       int headerRows)
{
    if (rows.isEmpty())
        return nullptr;
    QTextTableFormat format;
    format.setCellSpacing(0);
    format.setBorderCollapse(true);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(4);
    format.setBottomMargin(6);
    format.setHeaderRowCount(headerRows);
    QList<QTextLength> constraints;
    for (qreal w : widths)
        constraints.append(QTextLength(QTextLength::PercentageLength, w));
    format.setColumnWidthConstraints(constraints);
    if (boxed) {
        format.setBorder(1.5);
        format.setBorderBrush(ReportStyle::boxFrame);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBackground(ReportStyle::boxFill);
        format.setCellPadding(7);
        format.setPadding(4);
    } else {
        format.setBorder(0.6);
        format.setBorderBrush(ReportStyle::rule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellPadding(4);
    }
    if (m_breakNext)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_breakNext = false;
    m_empty = false;
    QTextTable* table = m_cursor.insertTable(int(rows.size()), int(widths.size()), format);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < widths.size(); ++c) {
            const Field& cellText = rows.at(r).at(c);
            QTextTableCell cell = table->cellAt(r, c);
            if (r < headerRows || boxed) {
                QTextCharFormat shade = cell.format();
                shade.setBackground(boxed ? ReportStyle::boxFill : ReportStyle::headerFill);
                cell.setFormat(shade);
            }
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.setBlockFormat(blockFormat(0, 0));
            const bool bold = !cellText.label.isEmpty();
            cursor.insertText(bold ? cellText.label : cellText.value, charFormat(m_body, bold, false));
        }
    }
    afterTable();
    return table;
}

void ReportBuilder::afterTable()
{
    // The cursor leaves the table for the empty block Qt keeps after it; the next block reuses that one.
    m_cursor.movePosition(QTextCursor::End);
    m_empty = true;
}

void ReportBuilder::object(const QTextCharFormat& format)
{
    startBlock(blockFormat(6, 6), charFormat(m_body));
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

void ReportBuilder::breakPage()
{
    m_breakNext = true;
}

void ReportBuilder::spacer(qreal height)
{
    QTextBlockFormat block = blockFormat(0, 0);
    block.setLineHeight(height, QTextBlockFormat::FixedHeight);
    startBlock(block, charFormat(1));
}

} // namespace accord
