#include "TextArea.h"

namespace accord {

TextArea::TextArea(QWidget* parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    // Three lines are enough to read a paragraph on a projector without pushing the rest of the step away.
    const int lines = 3;
    setFixedHeight(fontMetrics().lineSpacing() * lines + 2 * (frameWidth() + int(document()->documentMargin())) + 4);
}

void TextArea::setStoredText(const QString& text)
{
    if (toPlainText() != text)
        setPlainText(text);
    setModified(false);
}

bool TextArea::isModified() const
{
    return document()->isModified();
}

void TextArea::setModified(bool modified)
{
    document()->setModified(modified);
}

void TextArea::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (isModified())
        Q_EMIT editingFinished();
}

} // namespace accord
