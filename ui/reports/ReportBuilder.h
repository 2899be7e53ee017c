#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextFormat>

class QAbstractItemModel;
class QTextDocument;
class QTextTable;

namespace accord {

// Writes a report's text into a QTextDocument through a cursor: every piece of user text goes in as plain text
// (never as HTML), so a case titled "<b>x</b> & <script>" prints exactly those characters.
class ReportBuilder
{
public:
    // Block properties TextSection reads when it breaks pages.
    static constexpr int KeepWithNext = QTextFormat::UserProperty + 1;
    static constexpr int KeepTogetherUntil = QTextFormat::UserProperty + 2;

    struct Field
    {
        QString label;
        QString value;
    };

    // Sets the document's font and wrapping; the document must be empty.
    explicit ReportBuilder(QTextDocument* document, qreal bodyPoints = 0);

    void title(const QString& text, qreal points = 0);
    void subtitle(const QString& text);
    void heading(const QString& text);
    void paragraph(const QString& text);
    void label(const QString& text);
    // Shaded, framed text that must not be missed, such as a definition that changed.
    void note(const QString& text);
    // Label and value pairs in two columns.
    void fields(const QList<Field>& fields);
    // How a box's heading stands: as a section of its own, or as one of several items under a section's heading.
    enum class HeadingLevel { Section, Item };
    // A heading and its fields in a framed, shaded box that stands out on the page and is kept on one page.
    void box(const QString& heading, const QList<Field>& fields, HeadingLevel level = HeadingLevel::Section);
    // Column widths in percent; the header row repeats on every page the table runs over.
    void table(const QStringList& headers, const QList<QStringList>& rows, const QList<qreal>& widths);
    // A table model's columns as the model shows them (display role), its header row included.
    void table(const QAbstractItemModel& model, const QList<qreal>& widths);
    // An inline object painted by a handler registered for the format's object type, on a line of its own.
    void object(const QTextCharFormat& format);
    // What comes next starts on a new page.
    void breakPage();
    void spacer(qreal height);

    // Empty user text shows as this, so that a missing field is visibly missing rather than silently left out.
    static QString orDash(const QString& text);

private:
    QTextBlockFormat blockFormat(qreal top, qreal bottom) const;
    QTextCharFormat charFormat(qreal points, bool bold = false, bool muted = false) const;
    void startBlock(const QTextBlockFormat& block, const QTextCharFormat& chars);
    QTextTable* insertTable(const QList<QList<Field>>& rows, const QList<qreal>& widths, bool boxed, int headerRows);
    void afterTable();

    QTextDocument* m_document;
    QTextCursor m_cursor;
    qreal m_body;
    bool m_empty = true;
    bool m_breakNext = false;
};

} // namespace accord
