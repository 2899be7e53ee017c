#include "UndoKeysPassThrough.h"

#include "TextArea.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>

namespace accord {
namespace {

bool holdsUnsavedTyping(QObject* field)
{
    if (auto* line = qobject_cast<QLineEdit*>(field))
        return line->isModified();
    if (auto* area = qobject_cast<TextArea*>(field))
        return area->isModified();
    return false;
}

} // namespace

UndoKeysPassThrough::UndoKeysPassThrough(QObject* parent) : QObject(parent) {}

void UndoKeysPassThrough::watchFieldsUnder(QWidget* root)
{
    for (QLineEdit* line : root->findChildren<QLineEdit*>())
        line->installEventFilter(this);
    for (TextArea* area : root->findChildren<TextArea*>())
        area->installEventFilter(this);
    for (QAbstractSpinBox* spin : root->findChildren<QAbstractSpinBox*>())
        spin->installEventFilter(this);
}

bool UndoKeysPassThrough::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (!key->matches(QKeySequence::Undo) && !key->matches(QKeySequence::Redo))
        return false;
    if (holdsUnsavedTyping(watched))
        return false;
    key->ignore();
    return true;
}

} // namespace accord
