#pragma once

#include "domain/OperatingRhythm.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLineEdit;

namespace accord {

class CheckList;
class RhythmModel;
class TextArea;

// The fields of one operating rhythm: name, cadence, chair, attendees and the standing agenda (one item a line).
// Each field is saved as an undoable edit when it is left.
class RhythmEditor : public QWidget
{
    Q_OBJECT

public:
    RhythmEditor(RhythmModel* model, QWidget* parent = nullptr);

    void showRhythm(Id rhythmId);
    Id rhythmId() const { return m_rhythmId; }

private:
    void refresh();
    void save(const QString& what, const std::function<void(OperatingRhythm&)>& change);

    RhythmModel* m_model;
    Id m_rhythmId = 0;
    QLineEdit* m_name;
    QComboBox* m_cadence;
    QComboBox* m_chair;
    CheckList* m_attendees;
    TextArea* m_standing;
};

} // namespace accord
