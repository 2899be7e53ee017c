#include "VersionHistoryView.h"

#include "VersionHistoryModel.h"
#include "common/ListTable.h"
#include "common/TableColumns.h"
#include "dictionary/MetricDefinition.h"
#include "domain/Team.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace accord {

VersionHistoryView::VersionHistoryView(QWidget* parent)
    : QWidget(parent), m_model(new VersionHistoryModel(this)), m_table(new QTableView(this)),
      m_diff(new QTextBrowser(this))
{
    m_table->setObjectName(QStringLiteral("versionHistory"));
    m_diff->setObjectName(QStringLiteral("versionDiff"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table, ListTable::Editing::ReadOnly);
    // Two versions selected are compared.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    TableColumns::setWidths(m_table, {{VersionHistoryModel::Version, 4},
                                      {VersionHistoryModel::When, 15},
                                      {VersionHistoryModel::Who, 9},
                                      {VersionHistoryModel::Decision, 22}});
    TableColumns::keepWidthsAcrossResets(m_table);
    m_diff->setOpenLinks(false);

    auto* heading = new QLabel(tr("Version history"), this);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    auto* hint = new QLabel(tr("Select a version to compare it with the one before, or two to compare them."), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #4b5563;"));

    // Versions are few and their diff is wide text: the list above, old and new side by side across the full width.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(12);
    splitter->addWidget(m_table);
    splitter->addWidget(m_diff);
    splitter->setSizes({1000, 2000});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VersionHistoryView::showDiff);
}

void VersionHistoryView::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::tablesChanged, this, [this](const QSet<QString>& tables) {
            static const QSet<QString> watched{QStringLiteral("metric_versions"), QStringLiteral("decisions"),
                                               QStringLiteral("teams")};
            if (tables.intersects(watched))
                reload();
        });
    m_metricId = 0;
    reload();
}

void VersionHistoryView::setMetricId(Id metricId)
{
    if (metricId == m_metricId)
        return;
    m_metricId = metricId;
    reload();
}

void VersionHistoryView::reload()
{
    m_teamNames.clear();
    QString error;
    if (m_workspace)
        for (const Team& team : m_workspace->repository<Team>().list({}, &error))
            m_teamNames.insert(team.id, team.name);
    if (!m_model->load(m_workspace, m_metricId, &error) || !error.isEmpty())
        Q_EMIT failed(error);
    // The newest change is what people ask about: show it against the version before.
    const int rows = m_model->rowCount();
    if (rows > 0)
        m_table->selectRow(rows - 1);
    showDiff();
}

void VersionHistoryView::showDiff()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    const QList<MetricVersion>& versions = m_model->versions();
    if (rows.isEmpty()) {
        m_diff->setHtml(versions.isEmpty() ? QString() : tr("<p>Select a version to see what it changed.</p>"));
        return;
    }
    const int newer = rows.last();
    const int older = rows.size() > 1 ? rows.first() : newer - 1;
    if (older < 0) {
        m_diff->setHtml(tr("<p><b>Version %1</b> is the first definition; there is nothing before it to compare "
                           "with.</p><p>%2</p>")
                            .arg(versions.at(newer).version)
                            .arg(versions.at(newer).definition.toHtmlEscaped()));
        return;
    }
    m_diff->setHtml(diffHtml(versions.at(older), versions.at(newer)));
}

QString VersionHistoryView::diffHtml(const MetricVersion& older, const MetricVersion& newer) const
{
    const auto changes = MetricDefinition::diff(older, newer, [this](Id id) { return m_teamNames.value(id); });
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(tr("Version %1 → version %2").arg(older.version).arg(newer.version).toHtmlEscaped());
    if (changes.isEmpty())
        return html +
               QStringLiteral("<p>%1</p>").arg(tr("The definition is the same in both versions.").toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"0\">"
                           "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                .arg(tr("Field").toHtmlEscaped(), tr("Version %1").arg(older.version).toHtmlEscaped(),
                     tr("Version %1").arg(newer.version).toHtmlEscaped());
    for (const MetricDefinition::FieldChange& change : changes)
        html += QStringLiteral("<tr><td valign=\"top\" style=\"white-space: nowrap\"><b>%1</b></td>"
                               "<td valign=\"top\" width=\"42%\" bgcolor=\"#fbe4e2\">%2</td>"
                               "<td valign=\"top\" width=\"42%\" bgcolor=\"#dff3e4\">%3</td></tr>")
                    .arg(change.field.toHtmlEscaped(), change.before.toHtmlEscaped(), change.after.toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (!newer.reason.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Why: %1").arg(newer.reason).toHtmlEscaped());
    return html;
}

} // namespace accord
