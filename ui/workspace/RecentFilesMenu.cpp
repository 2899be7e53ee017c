#include "RecentFilesMenu.h"

#include "settings/Settings.h"

#include <QDir>
#include <QFileInfo>

namespace accord {

RecentFilesMenu::RecentFilesMenu(Settings& settings, QWidget* parent)
    : QMenu(tr("Open &Recent"), parent), m_settings(settings)
{
    setObjectName(QStringLiteral("recentFilesMenu"));
    setToolTipsVisible(true);
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_settings.recentFiles();
    int number = 1;
    for (const QString& file : files) {
        // The file name says which workspace; the folder, in the tooltip, tells two of the same name apart.
        QAction* action = addAction(tr("&%1  %2").arg(number++).arg(QFileInfo(file).fileName()));
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { Q_EMIT fileChosen(file); });
    }
    if (files.isEmpty()) {
        addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    addSeparator();
    connect(addAction(tr("Clear List")), &QAction::triggered, this, [this] {
        m_settings.reset(Settings::Key::RecentFiles);
        rebuild();
    });
}

} // namespace accord
