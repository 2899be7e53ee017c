#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace accord {
namespace {

struct Look
{
    const char* background;
    const char* border;
    const char* text;
    QStyle::StandardPixmap icon;
};

Look lookOf(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Information:
        return {"#e8f1fa", "#9bbde0", "#1d3b5a", QStyle::SP_MessageBoxInformation};
    case MessageBar::Kind::Warning:
        return {"#fdf4e1", "#e2c27a", "#5a4210", QStyle::SP_MessageBoxWarning};
    case MessageBar::Kind::Error:
        return {"#fbeaea", "#e0a3a3", "#6b1f1f", QStyle::SP_MessageBoxCritical};
    }
    Q_UNREACHABLE();
}

} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 10, 10);
    layout->setSpacing(12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &MessageBar::hide);
    hide();
}

void MessageBar::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    const Look look = lookOf(kind);
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border: 1px solid %2; border-radius: 6px; }"
                                 "QLabel { color: %3; background: transparent; }")
                      .arg(QLatin1String(look.background), QLatin1String(look.border), QLatin1String(look.text)));
    const int size = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(look.icon).pixmap(size, size));
    m_text->setText(text);
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace accord
