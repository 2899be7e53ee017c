#include "WizardDriver.h"

#include "wizard/OptionalDateEdit.h"
#include "wizard/TextArea.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QTest>
#include <QVBoxLayout>

namespace accord::test {

WizardDriver::WizardDriver(Workspace::Content content) : ws(content)
{
    wizard = new CaseWizard(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(wizard);
    if (!ws.workspace)
        return;
    QAction* undo = ws->undoStack()->createUndoAction(&window);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = ws->undoStack()->createRedoAction(&window);
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    window.addAction(undo);
    window.addAction(redo);
    wizard->setWorkspace(ws.workspace.get());
    window.resize(1600, 1000);
    window.show();
    active = QTest::qWaitForWindowActive(&window);
}

void WizardDriver::type(const char* objectName, const QString& text)
{
    QWidget* target = field<QWidget>(objectName);
    QVERIFY2(target, objectName);
    if (auto* area = qobject_cast<TextArea*>(target))
        area->ensureCursorVisible();
    target->setFocus(Qt::MouseFocusReason);
    if (auto* line = qobject_cast<QLineEdit*>(target))
        line->selectAll();
    else if (auto* area = qobject_cast<TextArea*>(target))
        area->selectAll();
    else if (auto* spin = qobject_cast<QAbstractSpinBox*>(target))
        spin->selectAll();
    QTest::keyClicks(target, text);
    QTest::keyClick(target, Qt::Key_Tab);
}

bool WizardDriver::choose(const char* objectName, const QString& text)
{
    auto* combo = field<QComboBox>(objectName);
    const int wanted = combo ? combo->findText(text, Qt::MatchStartsWith) : -1;
    if (wanted < 0)
        return false;
    combo->setFocus(Qt::TabFocusReason);
    while (combo->currentIndex() != wanted)
        QTest::keyClick(combo, combo->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    return true;
}

void WizardDriver::setDate(const char* objectName, const QDate& date)
{
    auto* edit = field<OptionalDateEdit>(objectName);
    QVERIFY2(edit, objectName);
    edit->setFocus(Qt::TabFocusReason);
    edit->setDate(date);
    QTest::keyClick(edit, Qt::Key_Return);
}

void WizardDriver::toggle(const char* listName, const QString& text)
{
    auto* list = field<QListWidget>(listName);
    QVERIFY2(list, listName);
    const QList<QListWidgetItem*> items = list->findItems(text, Qt::MatchExactly);
    QVERIFY2(!items.isEmpty(), qPrintable(text));
    list->setFocus(Qt::TabFocusReason);
    list->setCurrentItem(items.first());
    QTest::keyClick(list, Qt::Key_Space);
}

void WizardDriver::click(const char* objectName)
{
    QWidget* target = field<QWidget>(objectName);
    QVERIFY2(target, objectName);
    // What the user clicks has been laid out and painted first.
    QApplication::processEvents();
    for (QWidget* parent = target->parentWidget(); parent; parent = parent->parentWidget())
        if (auto* scroll = qobject_cast<QScrollArea*>(parent))
            scroll->ensureWidgetVisible(target);
    QVERIFY2(target->isVisible() && target->isEnabled(), objectName);
    // A check box takes clicks on its box and label only, not on the empty width its layout gives it.
    const QPoint where = qobject_cast<QCheckBox*>(target) ? QPoint(8, target->height() / 2) : QPoint();
    QTest::mouseClick(target, Qt::LeftButton, {}, where);
}

void WizardDriver::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : wizard;
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

} // namespace accord::test
