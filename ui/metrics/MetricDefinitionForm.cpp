#include "MetricDefinitionForm.h"

#include "FormulaEdit.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace accord {
namespace {

// The unit codes the screens know how to format; a workspace may type others.
const char* const UnitCodes[] = {"%", "hours", "days", "USD", "score", "count"};

QDoubleSpinBox* makeNumber(const char* objectName, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setRange(-1e12, 1e12);
    box->setDecimals(2);
    box->setGroupSeparatorShown(true);
    box->setKeyboardTracking(false);
    return box;
}

QLabel* makeLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    return label;
}

} // namespace

MetricDefinitionForm::MetricDefinitionForm(QWidget* parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_definition(new QPlainTextEdit(this)),
      m_formula(new FormulaEdit(this)), m_unit(new QComboBox(this)), m_direction(new QComboBox(this)),
      m_target(makeNumber("metricTarget", this)), m_amber(makeNumber("metricAmber", this)), m_owner(new QComboBox(this))
{
    m_name->setObjectName(QStringLiteral("metricName"));
    m_definition->setObjectName(QStringLiteral("metricDefinition"));
    m_formula->setObjectName(QStringLiteral("metricFormula"));
    m_unit->setObjectName(QStringLiteral("metricUnit"));
    m_direction->setObjectName(QStringLiteral("metricDirection"));
    m_owner->setObjectName(QStringLiteral("metricOwner"));

    m_definition->setTabChangesFocus(true);
    m_definition->setFixedHeight(m_definition->fontMetrics().lineSpacing() * 3 + 16);
    m_definition->installEventFilter(this);
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    for (const char* code : UnitCodes)
        m_unit->addItem(QLatin1String(code));
    for (MetricDirection direction : enumValues<MetricDirection>())
        m_direction->addItem(displayName(direction), int(direction));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(10);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->addWidget(makeLabel(tr("Name"), m_name, this), 0, 0);
    grid->addWidget(m_name, 0, 1, 1, 3);
    grid->addWidget(makeLabel(tr("Definition"), m_definition, this), 1, 0);
    grid->addWidget(m_definition, 1, 1, 1, 3);
    grid->addWidget(makeLabel(tr("Formula"), m_formula->editor(), this), 2, 0);
    grid->addWidget(m_formula, 2, 1, 1, 3);
    grid->addWidget(makeLabel(tr("Unit"), m_unit, this), 3, 0);
    grid->addWidget(m_unit, 3, 1);
    grid->addWidget(makeLabel(tr("Direction"), m_direction, this), 3, 2);
    grid->addWidget(m_direction, 3, 3);
    grid->addWidget(makeLabel(tr("Target"), m_target, this), 4, 0);
    grid->addWidget(m_target, 4, 1);
    grid->addWidget(makeLabel(tr("Amber below"), m_amber, this), 4, 2);
    grid->addWidget(m_amber, 4, 3);
    grid->addWidget(makeLabel(tr("Owner team"), m_owner, this), 5, 0);
    grid->addWidget(m_owner, 5, 1);

    connect(m_name, &QLineEdit::editingFinished, this, &MetricDefinitionForm::edited);
    connect(m_formula, &FormulaEdit::editingFinished, this, &MetricDefinitionForm::edited);
    connect(m_unit->lineEdit(), &QLineEdit::editingFinished, this, &MetricDefinitionForm::edited);
    connect(m_unit, &QComboBox::activated, this, &MetricDefinitionForm::edited);
    connect(m_direction, &QComboBox::activated, this, &MetricDefinitionForm::edited);
    connect(m_owner, &QComboBox::activated, this, &MetricDefinitionForm::edited);
    connect(m_target, &QDoubleSpinBox::editingFinished, this, &MetricDefinitionForm::edited);
    connect(m_amber, &QDoubleSpinBox::editingFinished, this, &MetricDefinitionForm::edited);
}

void MetricDefinitionForm::setTeams(const QList<Team>& teams)
{
    const Id current = m_owner->currentData().toLongLong();
    m_owner->clear();
    m_owner->addItem(tr("No owner"), Id(0));
    for (const Team& team : teams)
        m_owner->addItem(team.name, team.id);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
}

void MetricDefinitionForm::setVocabulary(const FormulaVocabulary& vocabulary)
{
    m_formula->setVocabulary(vocabulary);
}

void MetricDefinitionForm::setMetric(const Metric& metric)
{
    if (m_name->text() != metric.name)
        m_name->setText(metric.name);
    if (m_definition->toPlainText() != metric.definition)
        m_definition->setPlainText(metric.definition);
    m_definition->document()->setModified(false);
    m_formula->setEnteredByHand(metric.source == MetricSource::Manual);
    m_formula->setText(metric.formula);
    m_unit->setCurrentText(metric.unit);
    m_direction->setCurrentIndex(m_direction->findData(int(metric.direction)));
    m_target->setValue(metric.target);
    m_amber->setValue(metric.amberThreshold);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(metric.ownerTeamId)));
    m_amber->setToolTip(metric.direction == MetricDirection::HigherIsBetter
                            ? tr("Below the target but at or above this value is amber; below it is red.")
                            : tr("Above the target but at or below this value is amber; above it is red."));
}

void MetricDefinitionForm::setReadOnly(bool readOnly)
{
    m_name->setReadOnly(readOnly);
    m_definition->setReadOnly(readOnly);
    m_formula->setReadOnly(readOnly || m_formula->isEnteredByHand());
    m_target->setReadOnly(readOnly);
    m_amber->setReadOnly(readOnly);
    for (QComboBox* combo : {m_unit, m_direction, m_owner})
        combo->setEnabled(!readOnly);
}

Metric MetricDefinitionForm::applyTo(Metric metric) const
{
    if (!m_name->text().simplified().isEmpty())
        metric.name = m_name->text().simplified();
    metric.definition = m_definition->toPlainText().trimmed();
    if (m_formula->isValid() && !m_formula->isEnteredByHand())
        metric.formula = m_formula->text();
    metric.unit = m_unit->currentText().trimmed();
    metric.direction = MetricDirection(m_direction->currentData().toInt());
    metric.target = m_target->value();
    metric.amberThreshold = m_amber->value();
    metric.ownerTeamId = m_owner->currentData().toLongLong();
    return metric;
}

bool MetricDefinitionForm::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_definition && event->type() == QEvent::FocusOut && m_definition->document()->isModified()) {
        m_definition->document()->setModified(false);
        Q_EMIT edited();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace accord
