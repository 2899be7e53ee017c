// Renders every step of the case wizard over demo cases, at projector and laptop sizes, to look at by eye:
// wizard_screenshots OUTPUT_FOLDER
#include "TestSupport.h"
#include "common/Theme.h"
#include "domain/FrictionCase.h"
#include "wizard/CaseWizard.h"

#include <QApplication>
#include <QDir>
#include <QTextStream>
#include <QTranslator>

using namespace accord;

namespace {

// The open case furthest along the playbook, and the first case waiting in the given step.
Id furthestOpenCase(Workspace& workspace)
{
    Id best = 0;
    int bestStage = -1;
    for (const FrictionCase& c : workspace.repository<FrictionCase>().list())
        if (c.status == CaseStatus::Open && int(c.stage) > bestStage) {
            best = c.id;
            bestStage = int(c.stage);
        }
    return best;
}

Id caseAt(Workspace& workspace, CaseStage stage)
{
    for (const FrictionCase& c : workspace.repository<FrictionCase>().list())
        if (c.stage == stage && c.status == CaseStatus::Open)
            return c.id;
    return 0;
}

void shoot(CaseWizard& wizard, const QSize& size, const QString& name, const QString& folder)
{
    wizard.resize(size);
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(name + QStringLiteral("-%1.png").arg(size.width()));
    wizard.grab().save(path);
    QTextStream(stdout) << path << '\n';
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTranslator english;
    if (english.load(QStringLiteral(ACCORD_ENGLISH_CATALOGUE)))
        QCoreApplication::installTranslator(&english);
    Theme::apply(app);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QDir().mkpath(folder);
    test::TempWorkspace ws(Workspace::Content::Demo);
    if (!ws.workspace) {
        QTextStream(stderr) << ws.error << '\n';
        return 1;
    }
    CaseWizard wizard;
    wizard.setWorkspace(ws.workspace.get());
    wizard.show();
    wizard.openCase(furthestOpenCase(*ws));
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)})
        for (CaseStage stage : enumValues<CaseStage>()) {
            wizard.showStep(stage);
            shoot(wizard, size, QStringLiteral("step%1-%2").arg(int(stage) + 1).arg(enumCode(stage)), folder);
        }
    wizard.openCase(caseAt(*ws, CaseStage::Decide));
    shoot(wizard, QSize(1920, 1080), QStringLiteral("decide-case"), folder);
    wizard.showStep(CaseStage::Surface);
    shoot(wizard, QSize(1920, 1080), QStringLiteral("decide-case-surface"), folder);
    wizard.startNewCase();
    shoot(wizard, QSize(1920, 1080), QStringLiteral("new-case"), folder);
    return 0;
}
