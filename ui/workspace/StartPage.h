#pragma once

#include <QWidget>

class QListWidget;

namespace accord {

class Settings;

// What the window shows before a workspace is open: start a new one, open one, or pick a recent one.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    StartPage(Settings& settings, QWidget* parent = nullptr);

    void refresh();

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void recentChosen(const QString& path);

private:
    Settings& m_settings;
    QListWidget* m_recent;
};

} // namespace accord
