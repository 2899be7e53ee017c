#pragma once

#include "TestSupport.h"
#include "wizard/CaseWizard.h"

#include <QComboBox>
#include <QUndoStack>
#include <QWidget>

namespace accord::test {

// A window holding the case wizard with the workspace's undo and redo on Ctrl+Z and Ctrl+Shift+Z, as the main
// window has them, and the moves a facilitator makes on its real widgets.
class WizardDriver
{
public:
    explicit WizardDriver(Workspace::Content content = Workspace::Content::Catalog);

    template <typename W> W* field(const char* objectName) const
    {
        return wizard->findChild<W*>(QString::fromLatin1(objectName));
    }

    // Types into a line edit or text area after clicking it, then leaves it with Tab, which saves it.
    void type(const char* objectName, const QString& text);
    // Moves a combo box down to the entry with this text with the arrow keys; false when there is none.
    bool choose(const char* objectName, const QString& text);
    // Sets a date field the way the calendar pop-up does, and confirms it with Enter.
    void setDate(const char* objectName, const QDate& date);
    // Ticks or unticks the entry with this text in a checkable list with the space bar.
    void toggle(const char* listName, const QString& text);
    // Scrolls the widget into view and clicks it, as a user must.
    void click(const char* objectName);
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    TempWorkspace ws;
    QWidget window;
    CaseWizard* wizard = nullptr;
    bool active = false;
};

} // namespace accord::test
