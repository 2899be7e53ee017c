#pragma once

#include "domain/Id.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace accord {

class Workspace;

// Records a decision taken in a meeting: what was decided, its one accountable owner, the case it settles and,
// when it replaces an earlier decision, which one.
class DecisionForm : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionForm(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setMeeting(Id meetingId);
    // Re-reads the people, cases and decisions in force the fields offer.
    void refreshChoices();

Q_SIGNALS:
    void refused(const QString& message);

private:
    void record();

    QPointer<Workspace> m_workspace;
    Id m_meetingId = 0;
    QLineEdit* m_text;
    QComboBox* m_owner;
    QComboBox* m_case;
    QComboBox* m_supersedes;
    QPushButton* m_record;
};

} // namespace accord
