#include "GuiLauncher.h"
#include "Subcommands.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

namespace {

void setUp(QCoreApplication& app)
{
    QCoreApplication::setApplicationName(QStringLiteral("Accord"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCORD_VERSION));
    auto* translator = new QTranslator(&app);
    // English is the fallback, also where the locale names no language (C): its catalogue spells out the counts.
    if (translator->load(QLocale(), QStringLiteral("accord"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral("accord_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char* argv[])
{
    // Headless subcommands must run where there is no display, so they never create a QApplication.
    const QString subcommand = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (accord::Subcommands::paints(subcommand)) {
        // Painting needs a GUI application but no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setUp(app);
        return accord::Subcommands::run(QCoreApplication::arguments());
    }
    if (accord::Subcommands::isSubcommand(subcommand)) {
        QCoreApplication app(argc, argv);
        setUp(app);
        return accord::Subcommands::run(QCoreApplication::arguments());
    }
    if (accord::GuiLauncher::asksForInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setUp(app);
        accord::GuiLauncher::printInformation(app);
    }
    QApplication app(argc, argv);
    setUp(app);
    return accord::GuiLauncher::run(app);
}
