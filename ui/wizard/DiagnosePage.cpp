#include "DiagnosePage.h"

#include "CaseRowsTable.h"
#include "RootCauseModel.h"
#include "common/ChoiceDelegate.h"
#include "common/TableColumns.h"
#include "domain/Action.h"
#include "playbook/StageGate.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace accord {

DiagnosePage::DiagnosePage(WizardContext& context, QWidget* parent)
    : WizardPage(CaseStage::Diagnose, context,
                 tr("Find why the friction happens, not who is to blame. Name each root cause from the taxonomy and "
                    "write down the evidence that shows it."),
                 parent),
      m_model(new RootCauseModel(context, this)),
      m_rootCauses(new CaseRowsTable(QStringLiteral("rootCauses"), tr("Add a root cause"), m_model, this)),
      m_signalBox(new QWidget(this)), m_dataTrust(addNotice("dataTrustNotice")),
      m_addDefinition(new QPushButton(tr("Add a definition action to Resolve"), this))
{
    auto* categories = new ChoiceDelegate([this] { return this->context().lookups.rootCauseChoices(); }, this);
    m_rootCauses->table()->setItemDelegateForColumn(RootCauseModel::Category, categories);
    TableColumns::setWidths(m_rootCauses->table(), {{RootCauseModel::Category, 16}});
    body()->addWidget(m_rootCauses);
    addEditable(m_rootCauses->table());
    connect(m_rootCauses, &CaseRowsTable::addRequested, this, &DiagnosePage::addRootCause);
    connect(m_rootCauses, &CaseRowsTable::removeRequested, this, [this](int row) {
        if (const auto cause = m_model->rowAt(row))
            this->context().editor.removeRow(*cause, tr("Remove a root cause"));
    });

    addSectionHeading(tr("Data-trust signals: tick what the teams recognise"));
    new QVBoxLayout(m_signalBox);
    m_signalBox->layout()->setContentsMargins(0, 0, 0, 0);
    body()->addWidget(m_signalBox);

    m_addDefinition->setObjectName(QStringLiteral("addDefinitionAction"));
    body()->addWidget(m_dataTrust);
    body()->addWidget(m_addDefinition, 0, Qt::AlignLeft);
    addEditable(m_addDefinition);
    connect(m_addDefinition, &QPushButton::clicked, this, &DiagnosePage::addDefinitionAction);
    body()->addStretch();
}

void DiagnosePage::showChoices()
{
    qDeleteAll(m_signals);
    m_signals.clear();
    for (const DataTrustSignal& signal : context().lookups.trustSignals) {
        auto* box = new QCheckBox(signal.name, m_signalBox);
        box->setObjectName(QStringLiteral("signal_") + signal.code);
        box->setProperty("signalId", signal.id);
        box->setToolTip(signal.description);
        box->setEnabled(context().editor.isEditable());
        m_signalBox->layout()->addWidget(box);
        m_signals.append(box);
        connect(box, &QCheckBox::toggled, this, &DiagnosePage::saveSignals);
    }
}

void DiagnosePage::showRest()
{
    const CaseFile& file = context().file;
    m_model->setRows(file.rootCauses);
    m_rootCauses->setEditable(context().editor.isEditable());
    for (QCheckBox* box : std::as_const(m_signals)) {
        const QSignalBlocker blocker(box);
        box->setChecked(file.frictionCase.dataTrustSignalIds.contains(box->property("signalId").toLongLong()));
        box->setEnabled(context().editor.isEditable());
    }
    const bool dataTrust = StageGate::probablyDataTrust(file.frictionCase);
    m_dataTrust->setVisible(dataTrust);
    m_addDefinition->setVisible(dataTrust);
    if (dataTrust)
        m_dataTrust->setText(tr("<b>The root cause is probably data trust.</b> When teams doubt the numbers, agree "
                                "one definition in the metric dictionary before arguing about the result: add a "
                                "definition action and name the dictionary entry it settles."));
}

void DiagnosePage::addRootCause()
{
    CaseRootCause cause;
    const QList<RootCauseCategory>& categories = context().lookups.rootCauseCategories;
    if (categories.isEmpty())
        return;
    cause.categoryId = categories.first().id;
    cause.sortOrder = int(context().file.rootCauses.size());
    const Id id = context().editor.addRow(cause, tr("Add a root cause"));
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_rootCauses->editRow(row, RootCauseModel::Category);
}

void DiagnosePage::saveSignals()
{
    if (isLoading())
        return;
    QList<Id> ticked;
    for (const QCheckBox* box : std::as_const(m_signals))
        if (box->isChecked())
            ticked.append(box->property("signalId").toLongLong());
    save<FrictionCase>(tr("Data-trust signals"), [ticked](FrictionCase& c) { c.dataTrustSignalIds = ticked; });
}

void DiagnosePage::addDefinitionAction()
{
    const FrictionCase& c = context().file.frictionCase;
    const QString metric = context().lookups.metricName(c.kpiMetricId ? c.kpiMetricId : c.impactedMetricId);
    Action action;
    action.kind = ActionKind::Definition;
    action.title = metric.isEmpty() ? tr("Agree one definition of the disputed number in the dictionary")
                                    : tr("Agree one definition of %1 in the dictionary").arg(metric);
    action.dueOn = context().today().addDays(14);
    context().editor.addRow(action, tr("Add a definition action"));
}

} // namespace accord
