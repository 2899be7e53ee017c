#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>

class QLocale;
class QSettings;

namespace accord {

// The user's preferences and window memory. Every key and its default live in one table in Settings.cpp, so that
// nothing reads a key with a different default somewhere else.
class Settings
{
public:
    enum class Key {
        RecentFiles,
        WindowGeometry,
        WindowState,
        CurrentPersonId,
        RecurrenceWindowDays,
        LastFolder,
        ReportPageSize
    };

    static constexpr int MaxRecentFiles = 8;

    // The application's own settings store.
    Settings();
    // A given store (tests pass one backed by a temporary file); not owned.
    explicit Settings(QSettings* store);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    // Most recent first, without duplicates, at most MaxRecentFiles.
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    QByteArray windowGeometry() const { return value(Key::WindowGeometry).toByteArray(); }
    void setWindowGeometry(const QByteArray& geometry) { setValue(Key::WindowGeometry, geometry); }
    QByteArray windowState() const { return value(Key::WindowState).toByteArray(); }
    void setWindowState(const QByteArray& state) { setValue(Key::WindowState, state); }
    qint64 currentPersonId() const { return value(Key::CurrentPersonId).toLongLong(); }
    void setCurrentPersonId(qint64 id) { setValue(Key::CurrentPersonId, id); }
    int recurrenceWindowDays() const { return value(Key::RecurrenceWindowDays).toInt(); }
    void setRecurrenceWindowDays(int days) { setValue(Key::RecurrenceWindowDays, days); }
    QString lastFolder() const { return value(Key::LastFolder).toString(); }
    void setLastFolder(const QString& folder) { setValue(Key::LastFolder, folder); }
    // The paper reports are laid out on: "a4" or "letter"; by default the one the user's country uses.
    QString reportPageSize() const { return value(Key::ReportPageSize).toString(); }
    void setReportPageSize(const QString& code) { setValue(Key::ReportPageSize, code); }
    static QString localPageSize(const QLocale& locale);

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings* m_store = nullptr;
};

} // namespace accord
