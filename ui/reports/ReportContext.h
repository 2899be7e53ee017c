#pragma once

#include "domain/MetricVersion.h"
#include "domain/Period.h"
#include "scorecard/Scorecard.h"
#include "wizard/WizardLookups.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <optional>

namespace accord {

class Workspace;

// What every page of a report reads besides the case itself: the names behind ids, the currency, the day the
// report is made, and the scorecard over the period it looks back on (the last six months, as the board shows).
class ReportContext
{
    Q_DECLARE_TR_FUNCTIONS(ReportContext)

public:
    static std::optional<ReportContext> load(Workspace& workspace, QString* error);

    Workspace& workspace() const { return *m_workspace; }
    const WizardLookups& lookups() const { return m_lookups; }
    QString company() const { return m_company; }
    QString currency() const { return m_currency; }
    QDate today() const { return m_today; }
    // The months the report's trends and definition changes cover.
    Period period() const { return m_period; }

    // The metric's company-wide row of the scorecard over the period, computed once.
    std::optional<ScorecardRow> scorecardRow(Id metricId, QString* error = nullptr);
    // Reads every metric's row at once, for reports that show many.
    bool loadScorecard(QString* error);
    QList<ScorecardRow> scorecard() const;
    // Versions of the metric that took effect within the period.
    QList<MetricVersion> definitionChanges(Id metricId) const;

    QString date(const QDate& day) const;
    QString money(qint64 amount) const;

private:
    ReportContext() = default;
    ScorecardOptions options(const QList<Id>& metricIds) const;

    Workspace* m_workspace = nullptr;
    WizardLookups m_lookups;
    QString m_company;
    QString m_currency;
    QDate m_today;
    Period m_period;
    QHash<Id, ScorecardRow> m_rows;
    QList<Id> m_rowOrder;
};

} // namespace accord
