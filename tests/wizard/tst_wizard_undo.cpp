#include "MainWindow.h"
#include "WizardDriver.h"
#include "commands/CaseCommands.h"
#include "domain/FrictionType.h"
#include "playbook/CaseFile.h"
#include "playbook/CasePrefill.h"
#include "wizard/TextArea.h"

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace accord;
using accord::test::WizardDriver;

class TestWizardUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoesAndRedoesEditsOnTwoSteps();
    void refreshKeepsTheFieldBeingTyped();
    void mainWindowKeysUndoAndRedoAMove();
};

namespace {

Id createCase(Workspace& workspace, const QString& title)
{
    FrictionCase c;
    c.title = title;
    workspace.undoStack()->push(CaseCommands::create(workspace, c).release());
    const QList<FrictionCase> cases = workspace.repository<FrictionCase>().list();
    return cases.isEmpty() ? 0 : cases.last().id;
}

FrictionCase stored(Workspace& workspace, Id id)
{
    return workspace.repository<FrictionCase>().find(id).value_or(FrictionCase{});
}

} // namespace

void TestWizardUndo::undoesAndRedoesEditsOnTwoSteps()
{
    WizardDriver d;
    QVERIFY2(d.ws.workspace, qPrintable(d.ws.error));
    QVERIFY(d.active);
    const Id id = createCase(*d.ws, QStringLiteral("Forecast keeps slipping"));
    d.wizard->openCase(id);

    d.type("title", QStringLiteral("Forecast misses by 30%"));
    d.wizard->showStep(CaseStage::Learn);
    d.type("whatWorked", QStringLiteral("Weekly commit calls"));
    QCOMPARE(stored(*d.ws, id).title, QStringLiteral("Forecast misses by 30%"));
    QCOMPARE(stored(*d.ws, id).whatWorked, QStringLiteral("Weekly commit calls"));

    // Focus sits in a field with nothing unsaved: Ctrl+Z reaches the workspace's undo, edit by edit.
    d.press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(*d.ws, id).whatWorked, QString());
    QCOMPARE(d.field<TextArea>("whatWorked")->toPlainText(), QString());
    d.press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(*d.ws, id).title, QStringLiteral("Forecast keeps slipping"));
    QCOMPARE(d.field<QLineEdit>("title")->text(), QStringLiteral("Forecast keeps slipping"));

    d.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(*d.ws, id).title, QStringLiteral("Forecast misses by 30%"));
    QCOMPARE(d.field<QLineEdit>("title")->text(), QStringLiteral("Forecast misses by 30%"));
    QCOMPARE(stored(*d.ws, id).whatWorked, QString());
    d.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(d.field<TextArea>("whatWorked")->toPlainText(), QStringLiteral("Weekly commit calls"));
}

void TestWizardUndo::refreshKeepsTheFieldBeingTyped()
{
    WizardDriver d;
    QVERIFY2(d.ws.workspace, qPrintable(d.ws.error));
    QVERIFY(d.active);
    const Id id = createCase(*d.ws, QStringLiteral("Routing sends enterprise leads to SMB reps"));
    d.wizard->openCase(id);

    auto* blocked = d.field<QLineEdit>("blockedDecision");
    blocked->setFocus(Qt::MouseFocusReason);
    QTest::keyClicks(blocked, QStringLiteral("Territory plan"));
    // Another change arrives while the user types (an edit elsewhere, undo, another window).
    FrictionCase before = stored(*d.ws, id);
    FrictionCase after = before;
    after.severity = 4;
    d.ws->undoStack()->push(new EntityCommand<FrictionCase>(*d.ws, before, after, QStringLiteral("Severity")));
    QCOMPARE(d.field<QComboBox>("severity")->currentData().toInt(), 4);
    QCOMPARE(blocked->text(), QStringLiteral("Territory plan"));
    QTest::keyClick(blocked, Qt::Key_Tab);
    QCOMPARE(stored(*d.ws, id).blockedDecision, QStringLiteral("Territory plan"));
    QCOMPARE(stored(*d.ws, id).severity, 4);
}

void TestWizardUndo::mainWindowKeysUndoAndRedoAMove()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("Accord"), QStringLiteral("Accord")).clear();
    test::TempWorkspace ws;
    QVERIFY2(ws.workspace, qPrintable(ws.error));
    const Id id = createCase(*ws, QStringLiteral("Partner leads wait a week"));
    FrictionCase surfaced = stored(*ws, id);
    CasePrefill::fromFrictionType(ws->repository<FrictionType>().list().first()).applyTo(surfaced);
    surfaced.severity = 2;
    QVERIFY(ws->repository<FrictionCase>().update(surfaced));
    const QString path = ws.path();
    ws.workspace.reset();

    MainWindow window;
    window.show();
    QString error;
    QVERIFY2(window.openWorkspace(path, &error), qPrintable(error));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openCase(id);
    QTRY_VERIFY(window.caseWizard()->isVisible());
    Workspace& opened = *window.workspace();
    const auto press = [](int key, Qt::KeyboardModifiers modifiers) {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key(key), modifiers);
    };

    // The move on is one edit on Edit ▸ Undo; Edit ▸ Redo answers Ctrl+Shift+Z whatever the desktop's own binding.
    press(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(stored(opened, id).stage, CaseStage::Diagnose);
    QCOMPARE(window.caseWizard()->viewedStep(), CaseStage::Diagnose);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(opened, id).stage, CaseStage::Surface);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(opened, id).stage, CaseStage::Diagnose);
}

QTEST_MAIN(TestWizardUndo)
#include "tst_wizard_undo.moc"
