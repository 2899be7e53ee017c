#pragma once

#include "domain/Person.h"
#include "domain/Sla.h"
#include "domain/Team.h"

#include <QGroupBox>
#include <QPointer>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace accord {

class MessageBar;
class TextArea;
class Workspace;

// One side of the two-way SLA: Marketing's lead standard (required fields, suppression rules) or one of Sales'
// follow-up times with its escalation. Each change is an undoable edit, and the SLA rules' verdict shows beneath.
class SlaEditor : public QGroupBox
{
    Q_OBJECT

public:
    SlaEditor(SlaKind kind, QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    // Shows the stored SLA; fields the user is still typing in keep their text.
    void showSla(const Sla& sla, const QList<Person>& people, const QList<Team>& teams);

private:
    void commit();
    void showChecks();

    SlaKind m_kind;
    QPointer<Workspace> m_workspace;
    Sla m_sla;
    QLabel* m_sides;
    QLabel* m_description;
    TextArea* m_requiredFields = nullptr;
    TextArea* m_suppressionRules = nullptr;
    QDoubleSpinBox* m_target = nullptr;
    QComboBox* m_escalateTo = nullptr;
    QDoubleSpinBox* m_escalateAfter = nullptr;
    MessageBar* m_checks;
};

} // namespace accord
