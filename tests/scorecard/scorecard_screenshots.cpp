// Renders the scorecard area and the lineage of one of its numbers on the demo workspace at 1920×1080, to look at
// by eye and for the README: scorecard_screenshots OUTPUT_FOLDER
#include "MainWindow.h"
#include "TestSupport.h"
#include "scorecard/LineageDialog.h"
#include "scorecard/LineageModel.h"
#include "scorecard/ScorecardModel.h"
#include "scorecard/ScorecardView.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QTranslator>

using namespace accord;

namespace {

bool save(QWidget& widget, const QString& folder, const QString& name)
{
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(name);
    if (!widget.grab().save(path))
        return false;
    QTextStream(stdout) << path << '\n';
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTranslator english;
    if (english.load(QStringLiteral(ACCORD_ENGLISH_CATALOGUE)))
        QCoreApplication::installTranslator(&english);
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("Accord"), QStringLiteral("Accord")).clear();
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QDir().mkpath(folder);
    test::TempWorkspace ws(Workspace::Content::Demo);
    if (!ws.workspace) {
        QTextStream(stderr) << ws.error << '\n';
        return 1;
    }
    MainWindow window;
    window.setWorkspace(std::move(ws.workspace));
    window.resize(1920, 1080);
    window.show();
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    navigation->setCurrentItem(navigation->findItems(MainWindow::tr("Scorecard"), Qt::MatchExactly).value(0));
    auto* view = window.findChild<ScorecardView*>();
    auto* table = view->findChild<QTableView*>(QStringLiteral("scorecardTable"));
    // The conversion the friction matrix's first row is judged by, in the last full month.
    const ScorecardModel* model = view->model();
    int row = 0;
    while (row < model->rowCount() && model->rowAt(row)->metric.code != QLatin1String("mql_to_sql_conversion"))
        ++row;
    const QModelIndex cell = model->index(row, model->targetColumn() - 2);
    table->setCurrentIndex(cell);
    if (!save(window, folder, QStringLiteral("scorecard.png")))
        return 1;
    view->openLineage(cell);
    LineageDialog* lineage = view->lineage();
    lineage->resize(1600, 900);
    QApplication::processEvents();
    lineage->model()->fetchMore({});
    return save(*lineage, folder, QStringLiteral("scorecard-lineage.png")) ? 0 : 1;
}
