#include "GuiLauncher.h"

#include "MainWindow.h"
#include "Subcommands.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

namespace accord::GuiLauncher {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("accord::GuiLauncher", text);
}

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

// The workspace opened when none is named: created with the catalogue on first start.
std::unique_ptr<Workspace> defaultWorkspace(QString* error)
{
    const QString path = dataFolder() + QStringLiteral("/Workspace.accord");
    if (QFileInfo::exists(path))
        return Workspace::open(path, Database::Access::ReadWrite, error);
    return Workspace::create(path, Workspace::Content::Catalog, error);
}

// Every --demo start gets a new file, so a demo never overwrites an earlier one somebody edited.
std::unique_ptr<Workspace> freshDemo(QString* error)
{
    const QString name = QStringLiteral("Demo %1.accord")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss")));
    return Workspace::create(dataFolder() + QStringLiteral("/demos/") + name, Workspace::Content::Demo, error);
}

void saveScreenshotAndQuit(MainWindow& window, const QString& path)
{
    // Give the window a moment to lay out and paint before it is grabbed.
    QTimer::singleShot(1500, &window, [&window, path] {
        if (!window.grab().save(path))
            QTextStream(stderr) << tr("Could not write the screenshot “%1”.").arg(path) << Qt::endl;
        QCoreApplication::quit();
    });
}

// The windowed app's command line, shared by the GUI start and the display-free --help/--version. Its texts name
// their context: inside a struct, lupdate would file a bare tr() under the struct's name.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("accord::GuiLauncher", "Open a fresh demo workspace.")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("accord::GuiLauncher", "Save a picture of the main window to PNG and quit."),
        QCoreApplication::translate("accord::GuiLauncher", "PNG")};

    CommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("accord::GuiLauncher",
                                        "Accord turns friction between go-to-market teams into decisions.") +
            QStringLiteral("\n\n") + Subcommands::summary());
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QCoreApplication::translate("accord::GuiLauncher", "The workspace to open."),
                                     QStringLiteral("[FILE]"));
        parser.addOptions({demo, screenshot});
    }
};

} // namespace

bool asksForInformationOnly(int argc, char* argv[])
{
    static const QList<QByteArray> informational{"-h", "--help", "--help-all", "-v", "--version"};
    for (int i = 1; i < argc; ++i)
        if (informational.contains(QByteArray(argv[i])))
            return true;
    return false;
}

void printInformation(QCoreApplication& app)
{
    CommandLine commandLine;
    commandLine.parser.process(app);
}

int run(QApplication& app)
{
    CommandLine commandLine;
    QCommandLineParser& parser = commandLine.parser;
    const QCommandLineOption& demo = commandLine.demo;
    const QCommandLineOption& screenshot = commandLine.screenshot;
    parser.process(app);

    MainWindow window;
    QString error;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        window.openWorkspace(files.first(), &error);
    } else if (auto workspace = parser.isSet(demo) ? freshDemo(&error) : defaultWorkspace(&error)) {
        window.setWorkspace(std::move(workspace));
    }
    if (!error.isEmpty())
        QTextStream(stderr) << error << Qt::endl;

    if (parser.isSet(screenshot)) {
        window.resize(1600, 1000);
        saveScreenshotAndQuit(window, parser.value(screenshot));
    }
    window.show();
    return app.exec();
}

} // namespace accord::GuiLauncher
