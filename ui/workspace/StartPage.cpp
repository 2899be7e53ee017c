#include "StartPage.h"

#include "settings/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace accord {

StartPage::StartPage(Settings& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("startPage"));
    auto* heading = new QLabel(tr("Welcome to Accord"), this);
    heading->setObjectName(QStringLiteral("areaHeading"));
    auto* intro = new QLabel(tr("Turn friction between go-to-market teams into decisions. A workspace is one file "
                                "that holds your teams, cases, metrics and reviews."),
                             this);
    intro->setWordWrap(true);
    auto* create = new QPushButton(tr("New Workspace…"), this);
    create->setObjectName(QStringLiteral("startNew"));
    auto* open = new QPushButton(tr("Open Workspace…"), this);
    open->setObjectName(QStringLiteral("startOpen"));
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addStretch(1);
    auto* recentHeading = new QLabel(tr("Recent workspaces"), this);
    recentHeading->setObjectName(QStringLiteral("sectionHeading"));
    m_recent->setObjectName(QStringLiteral("startRecent"));

    auto* column = new QVBoxLayout;
    column->setSpacing(16);
    column->addWidget(heading);
    column->addWidget(intro);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(recentHeading);
    column->addWidget(m_recent, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 40);
    layout->addLayout(column, 2);
    layout->addStretch(1);

    connect(create, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT recentChosen(item->data(Qt::UserRole).toString()); });
    refresh();
}

void StartPage::refresh()
{
    m_recent->clear();
    for (const QString& file : m_settings.recentFiles()) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(QFileInfo(file).completeBaseName(),
                                                           QDir::toNativeSeparators(QFileInfo(file).absolutePath())),
                                         m_recent);
        item->setData(Qt::UserRole, file);
    }
    if (m_recent->count() == 0) {
        auto* none = new QListWidgetItem(tr("Workspaces you open appear here."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace accord
