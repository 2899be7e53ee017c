#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace accord {

// A dismissible message at the top of a window, in place of a modal box: what went wrong (or what to know) is
// shown where the user is, and work carries on.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    Kind m_kind = Kind::Information;
};

} // namespace accord
