#pragma once

#include <QPlainTextEdit>

namespace accord {

// A several-line text field that behaves like a line edit for saving: Tab moves on, and leaving the field with
// changes says so through editingFinished, so that a paragraph is saved once and not at every keystroke.
class TextArea : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit TextArea(QWidget* parent = nullptr);

    // Replaces the text without marking it as the user's change.
    void setStoredText(const QString& text);
    bool isModified() const;
    void setModified(bool modified);

Q_SIGNALS:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent* event) override;
};

} // namespace accord
