#include "ReportContext.h"

#include "common/Money.h"
#include "dictionary/DefinitionChanges.h"
#include "matrix/KpiNow.h"
#include "workspace/Workspace.h"

#include <QLocale>

namespace accord {

std::optional<ReportContext> ReportContext::load(Workspace& workspace, QString* error)
{
    ReportContext context;
    context.m_workspace = &workspace;
    QString localError;
    context.m_lookups = WizardLookups::load(workspace, &localError);
    if (!localError.isEmpty()) {
        if (error)
            *error = localError;
        return std::nullopt;
    }
    context.m_company = workspace.displayName();
    context.m_currency = workspace.info(QStringLiteral("currency"));
    context.m_today = workspace.clock().today();
    const ScorecardOptions months = KpiNow::lastMonths(context.m_today, {});
    context.m_period = Period{months.from, months.to, QString()};
    return context;
}

ScorecardOptions ReportContext::options(const QList<Id>& metricIds) const
{
    ScorecardOptions options;
    options.from = m_period.first;
    options.to = m_period.last;
    options.metricIds = metricIds;
    return options;
}

std::optional<ScorecardRow> ReportContext::scorecardRow(Id metricId, QString* error)
{
    if (metricId == 0)
        return std::nullopt;
    if (!m_rows.contains(metricId)) {
        QString localError;
        const QList<ScorecardRow> rows = Scorecard::build(*m_workspace, options({metricId}), &localError);
        if (!localError.isEmpty()) {
            if (error)
                *error = localError;
            return std::nullopt;
        }
        for (const ScorecardRow& row : rows)
            if (row.group.isEmpty())
                m_rows.insert(metricId, row);
    }
    const auto found = m_rows.constFind(metricId);
    return found == m_rows.cend() ? std::nullopt : std::optional<ScorecardRow>(*found);
}

bool ReportContext::loadScorecard(QString* error)
{
    QString localError;
    const QList<ScorecardRow> rows = Scorecard::build(*m_workspace, options({}), &localError);
    if (!localError.isEmpty()) {
        if (error)
            *error = localError;
        return false;
    }
    m_rowOrder.clear();
    for (const ScorecardRow& row : rows) {
        if (!row.group.isEmpty())
            continue;
        m_rows.insert(row.metric.id, row);
        m_rowOrder.append(row.metric.id);
    }
    return true;
}

QList<ScorecardRow> ReportContext::scorecard() const
{
    QList<ScorecardRow> rows;
    for (Id id : m_rowOrder)
        rows.append(m_rows.value(id));
    return rows;
}

QList<MetricVersion> ReportContext::definitionChanges(Id metricId) const
{
    if (metricId == 0)
        return {};
    return DefinitionChanges::within(DefinitionChanges::history(*m_workspace, metricId), m_period);
}

QString ReportContext::date(const QDate& day) const
{
    if (!day.isValid())
        return QString();
    return QLocale().toString(day, QStringLiteral("d MMM yyyy"));
}

QString ReportContext::money(qint64 amount) const
{
    return formatMoney(amount, m_currency);
}

} // namespace accord
