#pragma once

#include "domain/Metric.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace accord {

class FormulaVocabulary;
class MetricDefinitionForm;
class Workspace;

// Proposes version N+1 of a frozen metric: the definition as it should read, the decision that approved the change
// (required: without it no one could later tell why the numbers moved) and a reason. OK pushes the new version onto
// the workspace's undo stack; a refusal is shown in the dialog, which stays open.
class ProposeVersionDialog : public QDialog
{
    Q_OBJECT

public:
    ProposeVersionDialog(Workspace& workspace, const Metric& metric, const FormulaVocabulary& vocabulary,
                         QWidget* parent = nullptr);

    void accept() override;

private:
    void loadDecisions();
    void showProblem(const QString& text);

    Workspace& m_workspace;
    Metric m_metric;
    MetricDefinitionForm* m_form;
    QComboBox* m_decision;
    QLineEdit* m_reason;
    QLabel* m_problem;
};

} // namespace accord
