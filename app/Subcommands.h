#pragma once

#include <QStringList>

namespace accord {

// The headless side of the command line: `accord init|check|cases|catalog FILE …`. They need no display and
// write data to standard output and problems to standard error.
namespace Subcommands {

bool isSubcommand(const QString& name);
// Subcommands that paint (the matrix, reports) need a QApplication; they run on the offscreen platform.
bool paints(const QString& name);
// Runs the subcommand named by arguments[1]; returns the process exit code.
int run(const QStringList& arguments);
// One line per subcommand, for the top-level --help.
QString summary();

} // namespace Subcommands
} // namespace accord
