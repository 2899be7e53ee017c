#include "HeatMapModel.h"

#include "common/Money.h"
#include "domain/Enums.h"
#include "workspace/Clock.h"
#include "workspace/Workspace.h"

#include <QLocale>

namespace accord {
namespace {

// A tooltip is read, not scrolled: past this many cases it says how many more there are.
constexpr int ToolTipCases = 10;
constexpr int HighestSeverity = 4;

QPair<Id, Id> keyOf(Id a, Id b)
{
    return {std::min(a, b), std::max(a, b)};
}

QString compactAmount(qint64 amount)
{
    const QLocale locale;
    if (amount >= 1'000'000)
        return HeatMapModel::tr("%1M").arg(locale.toString(double(amount) / 1e6, 'f', 1));
    if (amount >= 1'000)
        return HeatMapModel::tr("%1k").arg(locale.toString(qRound64(double(amount) / 1e3)));
    return locale.toString(amount);
}

} // namespace

HeatMapModel::HeatMapModel(QObject* parent) : QAbstractTableModel(parent) {}

void HeatMapModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::tablesChanged, this, [this](const QSet<QString>& tables) {
            static const QSet<QString> watched{QStringLiteral("cases"), QStringLiteral("case_teams"),
                                               QStringLiteral("teams"), QStringLiteral("workspace_info")};
            if (tables.intersects(watched))
                reload();
        });
    reload();
}

void HeatMapModel::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    if (!m_teams.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT measureChanged(measure);
}

QList<HeatMapModel::Measure> HeatMapModel::measures()
{
    return {Measure::Count, Measure::HighestSeverity, Measure::RevenueAtRisk, Measure::DaysOpen};
}

QString HeatMapModel::measureName(Measure measure)
{
    switch (measure) {
    case Measure::Count:
        return tr("Open cases");
    case Measure::HighestSeverity:
        return tr("Highest severity");
    case Measure::RevenueAtRisk:
        return tr("Revenue at risk");
    case Measure::DaysOpen:
        return tr("Days open (oldest case)");
    }
    return {};
}

CaseFilter HeatMapModel::filterFor(const QModelIndex& index) const
{
    CaseFilter filter;
    if (!index.isValid() || index.model() != this || index.row() == index.column())
        return filter;
    filter.teamId = m_teams.at(index.row()).id;
    filter.otherTeamId = m_teams.at(index.column()).id;
    filter.openOnly = true;
    filter.sortKey = CaseFilter::SortKey::Severity;
    filter.descending = true;
    return filter;
}

QList<CaseSummary> HeatMapModel::casesFor(const QModelIndex& index) const
{
    if (!m_workspace || !cellAt(index))
        return {};
    QString error;
    const QList<CaseSummary> cases = CaseListQuery::fetch(m_workspace->database(), filterFor(index), 0, -1, &error);
    if (!error.isEmpty())
        m_workspace->reportError(error);
    return cases;
}

int HeatMapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_teams.size());
}

int HeatMapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_teams.size());
}

QVariant HeatMapModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == TeamIdRole)
        return m_teams.at(index.row()).id;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    const HeatCell* cell = cellAt(index);
    if (!cell)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cell->openCases;
    case MeasureRole:
        return measureOf(*cell);
    case MeasureTextRole:
        return measureText(*cell);
    case IntensityRole: {
        double largest = 0;
        if (m_measure == Measure::HighestSeverity) {
            largest = HighestSeverity;
        } else {
            for (const HeatCell& other : m_cells)
                largest = std::max(largest, measureOf(other));
        }
        return largest > 0 ? std::clamp(measureOf(*cell) / largest, 0.0, 1.0) : 0.0;
    }
    case Qt::ToolTipRole:
        return toolTip(index);
    default:
        return {};
    }
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= m_teams.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return m_teams.at(section).name;
    case TeamIdRole:
        return m_teams.at(section).id;
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

void HeatMapModel::reload()
{
    QList<Team> teams;
    QHash<QPair<Id, Id>, HeatCell> cells;
    if (m_workspace) {
        QList<HeatCell> rows;
        QString error;
        Filter filter;
        filter.where("archived", false);
        teams = m_workspace->repository<Team>().list(filter, &error);
        if (error.isEmpty())
            rows = HeatMapQuery::cells(m_workspace->database(), m_workspace->clock().today(), &error);
        for (const HeatCell& cell : rows)
            cells.insert(keyOf(cell.teamA, cell.teamB), cell);
        m_currency = m_workspace->info(QStringLiteral("currency"));
        if (!error.isEmpty())
            m_workspace->reportError(error);
    }
    beginResetModel();
    m_teams = teams;
    m_cells = cells;
    endResetModel();
}

const HeatCell* HeatMapModel::cellAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() == index.column())
        return nullptr;
    const auto it = m_cells.constFind(keyOf(m_teams.at(index.row()).id, m_teams.at(index.column()).id));
    return it == m_cells.cend() ? nullptr : &*it;
}

double HeatMapModel::measureOf(const HeatCell& cell) const
{
    switch (m_measure) {
    case Measure::Count:
        return cell.openCases;
    case Measure::HighestSeverity:
        return cell.highestSeverity;
    case Measure::RevenueAtRisk:
        return double(cell.revenueAtRisk);
    case Measure::DaysOpen:
        return cell.daysOpen;
    }
    return 0;
}

QString HeatMapModel::measureText(const HeatCell& cell) const
{
    switch (m_measure) {
    case Measure::Count:
        return QLocale().toString(cell.openCases);
    case Measure::HighestSeverity:
        return severityName(cell.highestSeverity);
    case Measure::RevenueAtRisk:
        return compactAmount(cell.revenueAtRisk);
    case Measure::DaysOpen:
        return tr("%n d", nullptr, cell.daysOpen);
    }
    return {};
}

QString HeatMapModel::toolTip(const QModelIndex& index) const
{
    const HeatCell* cell = cellAt(index);
    const QList<CaseSummary> cases = casesFor(index);
    QStringList lines{tr("%1 and %2: %n open case(s)", nullptr, cell->openCases)
                          .arg(m_teams.at(index.row()).name, m_teams.at(index.column()).name)};
    for (qsizetype i = 0; i < cases.size() && i < ToolTipCases; ++i) {
        const CaseSummary& c = cases.at(i);
        QString line = tr("• %1 (%2)").arg(c.title, severityName(c.severity));
        if (c.revenueAtRisk > 0)
            line += tr(", %1 at risk").arg(formatMoney(c.revenueAtRisk, m_currency));
        lines << line;
    }
    if (cases.size() > ToolTipCases)
        lines << tr("and %n more", nullptr, int(cases.size() - ToolTipCases));
    return lines.join(QLatin1Char('\n'));
}

} // namespace accord
