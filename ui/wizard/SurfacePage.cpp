#include "SurfacePage.h"

#include "CheckList.h"
#include "playbook/CasePrefill.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace accord {
namespace {

// The start picker's entries name a pattern or a friction type by a prefix and the row's id.
const QString PatternKey = QStringLiteral("pattern:");
const QString TypeKey = QStringLiteral("type:");

} // namespace

SurfacePage::SurfacePage(WizardContext& context, QWidget* parent)
    : WizardPage(CaseStage::Surface, context,
                 tr("Name the friction the way the teams experience it. Starting from a conflict pattern or a "
                    "friction type fills in the teams, likely root causes and KPI; everything stays editable."),
                 parent)
{
    m_start = new QComboBox(this);
    m_start->setObjectName(QStringLiteral("startFrom"));
    addRow(tr("Start from"), m_start);
    addEditable(m_start);
    connect(m_start, &QComboBox::activated, this, &SurfacePage::applyStart);

    m_title = addLineField("title", tr("Title"), &FrictionCase::title);
    m_title->setPlaceholderText(tr("A short name everyone recognises"));
    m_frictionType = addChoiceField("frictionType", tr("Friction type"), &FrictionCase::frictionTypeId);

    m_teams = new CheckList(this);
    m_teams->setObjectName(QStringLiteral("teams"));
    addRow(tr("Teams involved"), m_teams);
    addEditable(m_teams);
    connect(m_teams, &CheckList::itemChanged, this, [this] {
        save<FrictionCase>(tr("Teams involved"),
                           [teams = m_teams->checkedIds()](FrictionCase& c) { c.teamIds = teams; });
    });

    addTextField("looksLike", tr("What it looks like"), &FrictionCase::looksLike);
    m_impactedMetric = addChoiceField("impactedMetric", tr("Impacted metric"), &FrictionCase::impactedMetricId);
    addLineField("blockedDecision", tr("Blocked decision"), &FrictionCase::blockedDecision);
    addTextField("mechanism", tr("Resolution mechanism"), &FrictionCase::mechanism);
    m_funnelStage = addChoiceField("funnelStage", tr("Funnel stage"), &FrictionCase::funnelStageId);

    m_revenue = new QSpinBox(this);
    m_revenue->setObjectName(QStringLiteral("revenueAtRisk"));
    m_revenue->setRange(0, std::numeric_limits<int>::max());
    m_revenue->setSingleStep(10000);
    m_revenue->setGroupSeparatorShown(true);
    m_revenue->setButtonSymbols(QAbstractSpinBox::NoButtons);
    addRow(tr("Revenue at risk"), m_revenue);
    addEditable(m_revenue);
    connect(m_revenue, &QSpinBox::editingFinished, this, [this] {
        save<FrictionCase>(tr("Revenue at risk"),
                           [value = m_revenue->value()](FrictionCase& c) { c.revenueAtRisk = value; });
    });

    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severity"));
    for (int severity = 1; severity <= 4; ++severity)
        m_severity->addItem(tr("%1 · %2").arg(severity).arg(severityName(severity)), severity);
    addRow(tr("Severity"), m_severity);
    addEditable(m_severity);
    connect(m_severity, &QComboBox::activated, this, [this] {
        save<FrictionCase>(tr("Severity"),
                           [value = m_severity->currentData().toInt()](FrictionCase& c) { c.severity = value; });
    });

    m_raisedBy = addChoiceField("raisedBy", tr("Raised by"), &FrictionCase::raisedById);
    addDateField("raisedOn", tr("Raised on"), &FrictionCase::raisedOn);

    m_recurrence = addNotice("recurrenceNotice");
    // Tab reaches the earlier case's link and Enter opens it, like every other move in the wizard.
    m_recurrence->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    body()->addWidget(m_recurrence);
    connect(m_recurrence, &QLabel::linkActivated, this,
            [this](const QString& link) { Q_EMIT earlierCaseRequested(link.toLongLong()); });
    body()->addStretch();
}

void SurfacePage::showChoices()
{
    const WizardLookups& lookups = context().lookups;
    {
        const QSignalBlocker blocker(m_start);
        m_start->clear();
        m_start->addItem(tr("A blank case"), QString());
        for (const ConflictPattern& pattern : lookups.patterns)
            m_start->addItem(tr("Pattern: “%1”").arg(pattern.complaint), PatternKey + QString::number(pattern.id));
        for (const FrictionType& type : lookups.frictionTypes)
            m_start->addItem(tr("Friction type: %1").arg(type.name), TypeKey + QString::number(type.id));
    }
    fillChoices(m_frictionType, lookups.frictionTypeChoices(), tr("Choose the friction type…"));
    fillChoices(m_impactedMetric, lookups.metricChoices(), tr("Choose a metric from the dictionary…"));
    fillChoices(m_funnelStage, lookups.funnelStageChoices(), tr("Not said"));
    fillChoices(m_raisedBy, lookups.peopleChoices(), tr("Nobody chosen"));
    m_revenue->setSuffix(QLatin1Char(' ') + context().currency());

    QList<std::pair<QString, Id>> teams;
    for (const Team& team : lookups.teams)
        if (!team.archived)
            teams.append({team.name, team.id});
    m_teams->setEntries(teams);
}

void SurfacePage::showRest()
{
    const FrictionCase& c = context().file.frictionCase;
    {
        const QSignalBlocker blocker(m_start);
        m_start->setCurrentIndex(std::max(0, m_start->findData(PatternKey + QString::number(c.conflictPatternId))));
    }
    m_teams->setCheckedIds(c.teamIds);
    if (!m_revenue->hasFocus())
        m_revenue->setValue(int(std::min<qint64>(c.revenueAtRisk, m_revenue->maximum())));
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(c.severity)));
    showRecurrence();
}

void SurfacePage::applyStart()
{
    const QString key = m_start->currentData().toString();
    const Id id = key.section(QLatin1Char(':'), 1).toLongLong();
    const WizardLookups& lookups = context().lookups;
    std::optional<CasePrefill> prefill;
    if (key.startsWith(PatternKey)) {
        const auto pattern = lookups.pattern(id);
        const auto type = pattern ? lookups.frictionType(pattern->frictionTypeId) : std::nullopt;
        if (type)
            prefill = CasePrefill::fromPattern(*pattern, *type);
    } else if (key.startsWith(TypeKey)) {
        if (const auto type = lookups.frictionType(id))
            prefill = CasePrefill::fromFrictionType(*type);
    }
    if (prefill)
        context().editor.applyPrefill(*prefill, tr("Start from %1").arg(m_start->currentText()));
}

void SurfacePage::showRecurrence()
{
    const FrictionCase& c = context().file.frictionCase;
    QList<Recurrence::Match> matches;
    if (context().workspace() && c.id && c.frictionTypeId && c.teamIds.size() >= 2) {
        QString error;
        matches =
            Recurrence::find(*context().workspace(), c, context().today(), context().recurrenceWindowDays, &error);
    }
    if (matches.isEmpty()) {
        m_recurrence->hide();
        return;
    }
    const Recurrence::Match& match = matches.first();
    QString text = tr("<b>This friction has come back.</b> The same friction between the same teams was closed on "
                      "%1: <a href=\"%2\">%3</a>.")
                       .arg(dateText(match.earlier.closedOn))
                       .arg(match.earlier.id)
                       .arg(match.earlier.title.toHtmlEscaped());
    if (match.decision && !match.decision->text.isEmpty())
        text += QLatin1String("<br>") + tr("Decided then: %1").arg(match.decision->text.toHtmlEscaped());
    m_recurrence->setText(text);
    m_recurrence->show();
}

} // namespace accord
