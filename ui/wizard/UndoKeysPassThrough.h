#pragma once

#include <QObject>

namespace accord {

// Text fields claim Ctrl+Z for their own undo even when they hold nothing unsaved, which would keep the
// workspace's undo (where every saved edit lives) out of reach while a field has focus. This filter lets the keys
// through to the workspace unless the field holds typing that has not been saved yet.
class UndoKeysPassThrough : public QObject
{
    Q_OBJECT

public:
    explicit UndoKeysPassThrough(QObject* parent = nullptr);

    // Watches every text field, spin box and date field under root.
    void watchFieldsUnder(QWidget* root);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace accord
