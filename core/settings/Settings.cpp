#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <array>

namespace accord {
namespace {

struct Entry
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const std::array<Entry, 7>& entries()
{
    static const std::array<Entry, 7> table{{
        {Settings::Key::RecentFiles, "files/recent", QStringList()},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowState, "window/state", QByteArray()},
        {Settings::Key::CurrentPersonId, "user/currentPersonId", qint64(0)},
        {Settings::Key::RecurrenceWindowDays, "cases/recurrenceWindowDays", 180},
        {Settings::Key::LastFolder, "files/lastFolder", QDir::homePath()},
        {Settings::Key::ReportPageSize, "reports/pageSize", Settings::localPageSize(QLocale())},
    }};
    return table;
}

const Entry& entry(Settings::Key key)
{
    for (const Entry& e : entries())
        if (e.key == key)
            return e;
    Q_UNREACHABLE();
}

QString normalised(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

Settings::Settings()
    : m_owned(std::make_unique<QSettings>(QStringLiteral("Accord"), QStringLiteral("Accord"))), m_store(m_owned.get())
{}

Settings::Settings(QSettings* store) : m_store(store) {}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const Entry& e = entry(key);
    return m_store->value(QLatin1String(e.name), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_store->setValue(QLatin1String(entry(key).name), value);
}

void Settings::reset(Key key)
{
    m_store->remove(QLatin1String(entry(key).name));
}

QString Settings::keyName(Key key)
{
    return QLatin1String(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QStringList Settings::recentFiles() const
{
    QStringList files = value(Key::RecentFiles).toStringList();
    files.removeDuplicates();
    return files.mid(0, MaxRecentFiles);
}

void Settings::addRecentFile(const QString& path)
{
    const QString file = normalised(path);
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    setValue(Key::RecentFiles, files.mid(0, MaxRecentFiles));
    setLastFolder(QFileInfo(file).absolutePath());
}

QString Settings::localPageSize(const QLocale& locale)
{
    // The two countries that print on US Letter; everyone else uses A4.
    const QLocale::Territory territory = locale.territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? QStringLiteral("letter")
                                                                              : QStringLiteral("a4");
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(normalised(path));
    setValue(Key::RecentFiles, files);
}

} // namespace accord
