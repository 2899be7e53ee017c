#include "FormulaEdit.h"

#include "formula/FormulaParser.h"

#include <QEvent>
#include <QLabel>
#include <QTextBlock>
#include <QVBoxLayout>

namespace accord {

FormulaEdit::FormulaEdit(QWidget* parent)
    : QWidget(parent), m_edit(new QPlainTextEdit(this)), m_verdict(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("formulaText"));
    m_verdict->setObjectName(QStringLiteral("formulaVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF());
    m_edit->setFont(mono);
    m_edit->setTabChangesFocus(true);
    m_edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Room for the longest built-in formulas on two or three lines, without pushing the rest of the form away.
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 3 + 16);
    m_edit->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_verdict);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_modified = true;
        validate();
    });
    validate();
}

void FormulaEdit::setVocabulary(const FormulaVocabulary& vocabulary)
{
    m_vocabulary = vocabulary;
    validate();
}

void FormulaEdit::setEnteredByHand(bool byHand)
{
    m_byHand = byHand;
    m_edit->setPlaceholderText(byHand ? tr("Entered by hand each period: no formula") : QString());
    validate();
}

void FormulaEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

QString FormulaEdit::text() const
{
    return m_edit->toPlainText().trimmed();
}

void FormulaEdit::setText(const QString& text)
{
    if (m_edit->toPlainText() != text) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setPlainText(text);
    }
    m_modified = false;
    validate();
}

bool FormulaEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut && m_modified) {
        m_modified = false;
        Q_EMIT editingFinished();
    }
    return QWidget::eventFilter(watched, event);
}

void FormulaEdit::validate()
{
    QList<QTextEdit::ExtraSelection> marks;
    const QString text = m_edit->toPlainText();
    m_error.reset();
    if (m_byHand && text.trimmed().isEmpty()) {
        m_verdict->setText(tr("Entered by hand: the value is recorded for each period, not computed."));
        m_verdict->setStyleSheet(QStringLiteral("color: #4b5563;"));
    } else if (text.trimmed().isEmpty()) {
        m_error = FormulaError{tr("A computed metric needs a formula."), 0};
    } else {
        FormulaError error;
        if (!FormulaParser::parse(text, m_vocabulary, &error))
            m_error = error;
    }
    if (m_error) {
        m_verdict->setText(tr("✗ %1 (at character %2)").arg(m_error->message).arg(m_error->position + 1));
        m_verdict->setStyleSheet(QStringLiteral("color: #b42318;"));
        if (!text.isEmpty()) {
            // A zero-width mark would not show: underline the character at the position, or the last one at the end.
            const int at = std::clamp(m_error->position, 0, int(text.size()) - 1);
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_edit->document());
            mark.cursor.setPosition(at);
            mark.cursor.setPosition(at + 1, QTextCursor::KeepAnchor);
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(QColor(0xd9, 0x2d, 0x20));
            mark.format.setBackground(QColor(0xfd, 0xe2, 0xe0));
            marks.append(mark);
        }
    } else if (!text.trimmed().isEmpty()) {
        m_verdict->setText(tr("✓ valid"));
        m_verdict->setStyleSheet(QStringLiteral("color: #1a7f37;"));
    }
    m_edit->setExtraSelections(marks);
}

} // namespace accord
