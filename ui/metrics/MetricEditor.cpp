#include "MetricEditor.h"

#include "FormulaEdit.h"
#include "LockIcon.h"
#include "MetricDefinitionForm.h"
#include "ProposeVersionDialog.h"
#include "dictionary/DefinitionChanges.h"
#include "dictionary/MetricCommands.h"
#include "domain/Period.h"
#include "domain/Team.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUndoCommand>
#include <QVBoxLayout>

namespace accord {
namespace {

constexpr int StageColumns = 3;

QLabel* makeFieldLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    return label;
}

} // namespace

MetricEditor::MetricEditor(QWidget* parent)
    : QWidget(parent), m_lock(new QLabel(this)), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_changedBadge(new QLabel(this)), m_notice(new QLabel(this)),
      m_propose(new QPushButton(tr("Propose a new version…"), this)), m_freeze(new QPushButton(tr("Freeze"), this)),
      m_form(new MetricDefinitionForm(this)), m_sourceSystem(new QLineEdit(this)), m_source(new QLabel(this)),
      m_stageGrid(new QGridLayout), m_body(new QWidget(this)),
      m_empty(new QLabel(tr("Select a metric to see and edit its definition."), this))
{
    setObjectName(QStringLiteral("metricEditor"));
    m_title->setObjectName(QStringLiteral("sectionHeading"));
    m_title->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("metricStatus"));
    m_changedBadge->setObjectName(QStringLiteral("definitionChangedBadge"));
    m_changedBadge->setStyleSheet(
        QStringLiteral("QLabel { background: #fdf0d5; color: #7a4b00; border: 1px solid "
                       "#e8c77d; border-radius: 10px; padding: 2px 10px; font-weight: 600; }"));
    m_notice->setObjectName(QStringLiteral("metricNotice"));
    m_notice->setWordWrap(true);
    m_propose->setObjectName(QStringLiteral("proposeVersion"));
    m_freeze->setObjectName(QStringLiteral("freezeMetric"));
    m_sourceSystem->setObjectName(QStringLiteral("metricSourceSystem"));
    m_source->setObjectName(QStringLiteral("metricSource"));
    m_source->setStyleSheet(QStringLiteral("color: #4b5563;"));
    m_empty->setObjectName(QStringLiteral("metricEditorEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    const int iconSize = m_status->fontMetrics().height();
    m_lock->setPixmap(lockIcon().pixmap(iconSize, iconSize));

    // Title, marks and actions stack rather than sit in one row, so a long name or a narrow pane never pushes the
    // "Propose a new version…" button out of sight.
    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_title, 1);
    header->addWidget(m_lock);
    header->addWidget(m_status);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(10);
    actions->addWidget(m_changedBadge);
    actions->addWidget(m_freeze);
    actions->addWidget(m_propose);
    actions->addStretch(1);

    auto* more = new QGridLayout;
    more->setHorizontalSpacing(12);
    more->setVerticalSpacing(10);
    more->setColumnStretch(1, 1);
    more->addWidget(makeFieldLabel(tr("Source system"), m_body), 0, 0);
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sourceSystem, 1);
    sourceRow->addWidget(m_source);
    more->addLayout(sourceRow, 0, 1);
    more->addWidget(makeFieldLabel(tr("Funnel stages read"), m_body), 1, 0);
    m_stageGrid->setHorizontalSpacing(18);
    m_stageGrid->setVerticalSpacing(6);
    more->addLayout(m_stageGrid, 1, 1);

    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(12);
    body->addLayout(header);
    body->addWidget(m_notice);
    body->addLayout(actions);
    body->addWidget(m_form);
    body->addLayout(more);
    body->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_body);
    layout->addWidget(m_empty);

    connect(m_form, &MetricDefinitionForm::edited, this, &MetricEditor::save);
    connect(m_sourceSystem, &QLineEdit::editingFinished, this, &MetricEditor::save);
    connect(m_freeze, &QPushButton::clicked, this, &MetricEditor::freeze);
    connect(m_propose, &QPushButton::clicked, this, &MetricEditor::proposeVersion);
    reload();
}

void MetricEditor::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_metricId = 0;
    if (m_workspace)
        connect(m_workspace, &Workspace::tablesChanged, this, [this](const QSet<QString>& tables) {
            static const QSet<QString> lookups{QStringLiteral("teams"), QStringLiteral("funnel_stages"),
                                               QStringLiteral("reject_reasons")};
            static const QSet<QString> metric{QStringLiteral("metrics"), QStringLiteral("metric_versions")};
            if (tables.intersects(lookups))
                loadLookups();
            if (tables.intersects(lookups) || tables.intersects(metric))
                reload();
        });
    loadLookups();
    reload();
}

void MetricEditor::setMetricId(Id metricId)
{
    if (metricId == m_metricId)
        return;
    m_metricId = metricId;
    reload();
}

void MetricEditor::loadLookups()
{
    QString error;
    m_vocabulary = FormulaVocabulary::defaults();
    m_stages.clear();
    if (m_workspace) {
        if (const auto vocabulary = FormulaVocabulary::load(m_workspace->database(), &error))
            m_vocabulary = *vocabulary;
        m_form->setTeams(m_workspace->repository<Team>().list({}, &error));
        m_stages = m_workspace->repository<FunnelStage>().list({}, &error);
    }
    m_form->setVocabulary(m_vocabulary);
    rebuildStages();
    if (!error.isEmpty())
        Q_EMIT failed(error);
}

void MetricEditor::rebuildStages()
{
    qDeleteAll(m_stageBoxes);
    m_stageBoxes.clear();
    for (const FunnelStage& stage : std::as_const(m_stages)) {
        auto* box = new QCheckBox(stage.name, m_body);
        box->setObjectName(QStringLiteral("stage_") + stage.code);
        box->setProperty("stageId", stage.id);
        const int i = int(m_stageBoxes.size());
        m_stageGrid->addWidget(box, i / StageColumns, i % StageColumns);
        connect(box, &QCheckBox::clicked, this, &MetricEditor::save);
        m_stageBoxes.append(box);
    }
}

void MetricEditor::reload()
{
    const bool sameMetric = m_metric && m_metric->id == m_metricId;
    m_metric.reset();
    QString error;
    if (m_workspace && m_metricId)
        m_metric = m_workspace->repository<Metric>().find(m_metricId, &error);
    m_body->setVisible(bool(m_metric));
    m_empty->setVisible(!m_metric);
    if (!m_metric) {
        if (!error.isEmpty())
            Q_EMIT failed(error);
        return;
    }
    const Metric& metric = *m_metric;
    const bool frozen = metric.status == MetricStatus::Frozen;
    const bool editable = !m_workspace->isReadOnly();

    m_title->setText(metric.name);
    m_lock->setVisible(frozen);
    m_status->setText(tr("%1 · version %2").arg(displayName(metric.status)).arg(metric.version));

    const auto changes = DefinitionChanges::within(DefinitionChanges::history(*m_workspace, metric.id),
                                                   Period::month(m_workspace->clock().today()));
    m_changedBadge->setVisible(!changes.isEmpty());
    if (!changes.isEmpty()) {
        const QDate day = changes.last().changedAt.toLocalTime().date();
        m_changedBadge->setText(tr("Definition changed %1").arg(QLocale().toString(day, QLocale::ShortFormat)));
        m_changedBadge->setToolTip(tr("Numbers before and after this day were computed with different definitions."));
    }

    if (frozen)
        m_notice->setText(tr("Frozen: every team reads this number by this definition, so it is not edited in "
                             "place. A change becomes a new version approved by a decision; the old one stays in the "
                             "history."));
    else
        m_notice->setText(tr("Draft: changes are saved as you leave each field. Freeze the definition once the teams "
                             "agree on it."));
    m_freeze->setVisible(!frozen);
    m_freeze->setEnabled(editable);
    m_propose->setVisible(frozen);
    m_propose->setEnabled(editable);

    // A formula the user is still fixing is not thrown away because another field was saved meanwhile.
    Metric shown = metric;
    if (sameMetric && !m_form->formula()->isValid() && !m_form->formula()->text().isEmpty())
        shown.formula = m_form->formula()->text();
    m_form->setMetric(shown);
    m_form->setReadOnly(frozen || !editable);
    if (m_sourceSystem->text() != metric.sourceSystem)
        m_sourceSystem->setText(metric.sourceSystem);
    m_sourceSystem->setReadOnly(frozen || !editable);
    m_source->setText(metric.source == MetricSource::Manual ? tr("Entered by hand")
                                                            : tr("Computed from imported records"));
    for (QCheckBox* box : std::as_const(m_stageBoxes)) {
        box->setChecked(metric.funnelStageIds.contains(box->property("stageId").toLongLong()));
        box->setEnabled(!frozen && editable);
    }
}

void MetricEditor::save()
{
    if (!m_workspace || !m_metric || m_metric->status != MetricStatus::Draft || m_workspace->isReadOnly())
        return;
    Metric after = m_form->applyTo(*m_metric);
    after.sourceSystem = m_sourceSystem->text().simplified();
    after.funnelStageIds.clear();
    for (QCheckBox* box : std::as_const(m_stageBoxes))
        if (box->isChecked())
            after.funnelStageIds.append(box->property("stageId").toLongLong());
    if (after == *m_metric)
        return;
    QString error;
    push(MetricCommands::change(*m_workspace, after, 0, QString(), &error), error);
}

void MetricEditor::freeze()
{
    if (!m_workspace || !m_metric)
        return;
    // What is on screen is what gets frozen, including a field the user has not left yet.
    save();
    QString error;
    push(MetricCommands::freeze(*m_workspace, m_metric->id, &error), error);
}

void MetricEditor::proposeVersion()
{
    if (!m_workspace || !m_metric)
        return;
    auto* dialog = new ProposeVersionDialog(*m_workspace, *m_metric, m_vocabulary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MetricEditor::push(std::unique_ptr<QUndoCommand> command, const QString& error)
{
    if (!command) {
        Q_EMIT failed(error);
        return;
    }
    m_workspace->undoStack()->push(command.release());
}

} // namespace accord
