#pragma once

#include "domain/Metric.h"
#include "domain/Team.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace accord {

class FormulaEdit;
class FormulaVocabulary;

// The fields that give a metric's numbers their meaning (name, definition, formula, unit, direction, target, amber
// threshold, owner team): edited in place for a draft and in the new-version dialog for a frozen metric, so both
// show a definition the same way.
class MetricDefinitionForm : public QWidget
{
    Q_OBJECT

public:
    explicit MetricDefinitionForm(QWidget* parent = nullptr);

    void setTeams(const QList<Team>& teams);
    void setVocabulary(const FormulaVocabulary& vocabulary);
    void setMetric(const Metric& metric);
    void setReadOnly(bool readOnly);

    // The metric with this form's fields written over it. An unusable name or formula is left as it was, so a
    // half-typed edit never reaches the dictionary.
    Metric applyTo(Metric metric) const;
    FormulaEdit* formula() const { return m_formula; }

Q_SIGNALS:
    // The user finished editing one of the fields.
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_name;
    QPlainTextEdit* m_definition;
    FormulaEdit* m_formula;
    QComboBox* m_unit;
    QComboBox* m_direction;
    QDoubleSpinBox* m_target;
    QDoubleSpinBox* m_amber;
    QComboBox* m_owner;
};

} // namespace accord
