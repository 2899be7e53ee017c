#pragma once

#include "MeetingForm.h"

class QComboBox;

namespace accord {

// Records a decision taken in a meeting: what was decided, its one accountable owner, the case it settles and,
// when it replaces an earlier decision, which one.
class DecisionForm : public MeetingForm
{
    Q_OBJECT

public:
    explicit DecisionForm(QWidget* parent = nullptr);

    // Re-reads the people, cases and decisions in force the fields offer.
    void refreshChoices() override;

private:
    std::unique_ptr<QUndoCommand> command(QString* error) override;
    void added() override;

    QComboBox* m_owner;
    QComboBox* m_case;
    QComboBox* m_supersedes;
};

} // namespace accord
