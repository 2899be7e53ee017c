#pragma once

class QApplication;
class QCoreApplication;

namespace accord {

// Starts the windowed app: `accord [FILE]`, `accord --demo`, and `--screenshot PNG` for documentation.
namespace GuiLauncher {

int run(QApplication& app);
// Whether the command line only asks for --help or --version, which must work without a display.
bool asksForInformationOnly(int argc, char* argv[]);
// Prints the help or version text and exits the process, as QCommandLineParser does.
void printInformation(QCoreApplication& app);

} // namespace GuiLauncher
} // namespace accord
