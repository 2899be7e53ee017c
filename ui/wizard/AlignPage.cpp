#include "AlignPage.h"

#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace accord {

AlignPage::AlignPage(WizardContext& context, QWidget* parent)
    : WizardPage(CaseStage::Align, context,
                 tr("Agree what better looks like for both sides: one shared outcome, and the KPI from the "
                    "dictionary that will show it, with where it stands today and where it should be."),
                 parent)
{
    m_outcome = addChoiceField("sharedOutcome", tr("Shared outcome"), &FrictionCase::sharedOutcomeId);
    m_kpi = addChoiceField("kpi", tr("KPI"), &FrictionCase::kpiMetricId);
    m_kpiDefinition = new QLabel(this);
    m_kpiDefinition->setObjectName(QStringLiteral("kpiDefinition"));
    m_kpiDefinition->setWordWrap(true);
    form()->addRow(QString(), m_kpiDefinition);
    addNumberField("kpiBaseline", tr("Baseline"), &FrictionCase::kpiBaseline);
    addNumberField("kpiTarget", tr("Target"), &FrictionCase::kpiTarget);
    addDateField("kpiTargetDate", tr("Target date"), &FrictionCase::kpiTargetDate);
    body()->addStretch();
}

QLineEdit* AlignPage::addNumberField(const char* objectName, const QString& label,
                                     std::optional<double> FrictionCase::*member)
{
    auto* field = new QLineEdit(this);
    field->setObjectName(QString::fromLatin1(objectName));
    field->setPlaceholderText(tr("Not agreed yet"));
    auto* validator = new QDoubleValidator(field);
    validator->setLocale(QLocale::c());
    field->setValidator(validator);
    addRow(label, field);
    addEditable(field);
    m_numbers.append({field, member});
    connect(field, &QLineEdit::editingFinished, this, [this, field, member, label] {
        field->setModified(false);
        bool ok = false;
        const double number = QLocale::c().toDouble(field->text().trimmed(), &ok);
        const std::optional<double> value = ok ? std::optional<double>(number) : std::nullopt;
        save<FrictionCase>(label, [member, value](FrictionCase& c) { c.*member = value; });
    });
    return field;
}

void AlignPage::showChoices()
{
    fillChoices(m_outcome, context().lookups.sharedOutcomeChoices(), tr("Choose the shared outcome…"));
    fillChoices(m_kpi, context().lookups.metricChoices(), tr("Choose the KPI from the dictionary…"));
}

void AlignPage::showRest()
{
    const FrictionCase& c = context().file.frictionCase;
    for (const auto& [field, member] : std::as_const(m_numbers)) {
        const std::optional<double> value = c.*member;
        showText(field, value ? QLocale::c().toString(*value, 'g', 12) : QString());
    }
    QString definition;
    for (const Metric& metric : context().lookups.metrics)
        if (metric.id == c.kpiMetricId)
            definition =
                metric.unit.isEmpty() ? metric.definition : tr("%1 (in %2)").arg(metric.definition, metric.unit);
    m_kpiDefinition->setText(definition);
    m_kpiDefinition->setVisible(!definition.isEmpty());
}

} // namespace accord
