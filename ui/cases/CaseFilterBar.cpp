#include "CaseFilterBar.h"

#include "domain/FrictionType.h"
#include "domain/Team.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace accord {
namespace {

constexpr int SearchDelayMs = 150;

// Refills a combo with "any" first and the given choices, keeping the current choice when it still exists.
void refill(QComboBox* combo, const QString& any, const QList<std::pair<QString, QVariant>>& choices)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(any);
    for (const auto& [text, value] : choices)
        combo->addItem(text, value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

QComboBox* makeCombo(const char* objectName, const QString& accessibleName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

CaseFilterBar::CaseFilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_stage(makeCombo("stageFilter", tr("Playbook stage"), this)),
      m_team(makeCombo("teamFilter", tr("Team"), this)), m_type(makeCombo("typeFilter", tr("Friction type"), this)),
      m_severity(makeCombo("severityFilter", tr("Severity"), this)),
      m_showArchived(new QCheckBox(tr("Show archived"), this)), m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search titles and descriptions"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);

    QList<std::pair<QString, QVariant>> stages;
    for (CaseStage stage : enumValues<CaseStage>())
        stages.append({displayName(stage), int(stage)});
    refill(m_stage, tr("All stages"), stages);
    QList<std::pair<QString, QVariant>> severities;
    for (int severity = 4; severity >= 1; --severity)
        severities.append({severityName(severity), severity});
    refill(m_severity, tr("Any severity"), severities);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_stage);
    layout->addWidget(m_team);
    layout->addWidget(m_type);
    layout->addWidget(m_severity);
    layout->addWidget(m_showArchived);
    layout->addStretch(1);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CaseFilterBar::filterChanged);
    for (QComboBox* combo : {m_stage, m_team, m_type, m_severity})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseFilterBar::filterChanged);
    connect(m_showArchived, &QCheckBox::toggled, this, &CaseFilterBar::filterChanged);
}

void CaseFilterBar::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::tablesChanged, this, &CaseFilterBar::onTablesChanged);
    // Another workspace's team and type ids mean nothing here; start from an unfiltered list.
    const QSignalBlocker searchBlocker(m_search);
    const QSignalBlocker archivedBlocker(m_showArchived);
    m_searchDelay->stop();
    m_search->clear();
    m_showArchived->setChecked(false);
    for (QComboBox* combo : {m_stage, m_team, m_type, m_severity}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    reloadChoices();
}

CaseFilter CaseFilterBar::applyTo(CaseFilter filter) const
{
    filter.search = m_search->text().trimmed();
    filter.stage =
        m_stage->currentIndex() > 0 ? std::optional(CaseStage(m_stage->currentData().toInt())) : std::nullopt;
    filter.teamId = m_team->currentData().toLongLong();
    filter.frictionTypeId = m_type->currentData().toLongLong();
    filter.severity = m_severity->currentData().toInt();
    filter.includeArchived = m_showArchived->isChecked();
    return filter;
}

bool CaseFilterBar::isFiltering() const
{
    return !m_search->text().trimmed().isEmpty() || m_stage->currentIndex() > 0 || m_team->currentIndex() > 0 ||
           m_type->currentIndex() > 0 || m_severity->currentIndex() > 0;
}

void CaseFilterBar::reloadChoices()
{
    QList<std::pair<QString, QVariant>> teams;
    QList<std::pair<QString, QVariant>> types;
    if (m_workspace) {
        for (const Team& team : m_workspace->repository<Team>().list())
            teams.append({team.archived ? tr("%1 (archived)").arg(team.name) : team.name, team.id});
        for (const FrictionType& type : m_workspace->repository<FrictionType>().list())
            types.append({type.name, type.id});
    }
    const CaseFilter before = applyTo({});
    refill(m_team, tr("All teams"), teams);
    refill(m_type, tr("All friction types"), types);
    const CaseFilter after = applyTo({});
    // A choice that disappeared falls back to "all"; the list must follow.
    if (before.teamId != after.teamId || before.frictionTypeId != after.frictionTypeId)
        Q_EMIT filterChanged();
}

void CaseFilterBar::onTablesChanged(const QSet<QString>& tables)
{
    if (tables.contains(QStringLiteral("teams")) || tables.contains(QStringLiteral("friction_types")))
        reloadChoices();
}

} // namespace accord
