#pragma once

#include "domain/Id.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace accord {

class Workspace;

// Agrees one of the month's experiments in a meeting: the hypothesis, who owns it, the metric that judges it and
// when it ends.
class ExperimentForm : public QWidget
{
    Q_OBJECT

public:
    explicit ExperimentForm(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setMeeting(Id meetingId);
    void refreshChoices();

Q_SIGNALS:
    void refused(const QString& message);

private:
    void agree();

    QPointer<Workspace> m_workspace;
    Id m_meetingId = 0;
    QLineEdit* m_hypothesis;
    QComboBox* m_owner;
    QComboBox* m_metric;
    QDateEdit* m_endOn;
    QPushButton* m_agree;
};

} // namespace accord
