#pragma once

#include <QMenu>

namespace accord {

class Settings;

// File ▸ Open Recent: the recently opened workspaces, newest first, read from the settings each time it opens.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    RecentFilesMenu(Settings& settings, QWidget* parent = nullptr);

Q_SIGNALS:
    void fileChosen(const QString& path);

private:
    void rebuild();

    Settings& m_settings;
};

} // namespace accord
