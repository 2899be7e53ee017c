#pragma once

#include "MeetingForm.h"

class QComboBox;
class QDateEdit;

namespace accord {

// Agrees one of the month's experiments in a meeting: the hypothesis, who owns it, the metric that judges it and
// when it ends.
class ExperimentForm : public MeetingForm
{
    Q_OBJECT

public:
    explicit ExperimentForm(QWidget* parent = nullptr);

    void refreshChoices() override;

private:
    std::unique_ptr<QUndoCommand> command(QString* error) override;
    void added() override {}
    void workspaceChanged() override;

    QComboBox* m_owner;
    QComboBox* m_metric;
    QDateEdit* m_endOn;
};

} // namespace accord
