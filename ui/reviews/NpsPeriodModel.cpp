#include "NpsPeriodModel.h"

#include "workspace/Workspace.h"

#include <QLocale>
#include <QMap>

namespace accord {

NpsPeriodModel::NpsPeriodModel(QObject* parent) : QAbstractTableModel(parent) {}

void NpsPeriodModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::tablesChanged, this, [this](const QSet<QString>& tables) {
            if (tables.contains(QStringLiteral("nps_answers")))
                reload();
        });
    reload();
}

void NpsPeriodModel::reload()
{
    QMap<QString, QList<NpsAnswer>> byPeriod;
    if (m_workspace) {
        QString error;
        for (const NpsAnswer& a : m_workspace->repository<NpsAnswer>().list({}, &error))
            byPeriod[a.period].append(a);
        if (!error.isEmpty())
            m_workspace->reportError(error);
    }
    beginResetModel();
    m_rows.clear();
    for (auto it = byPeriod.cbegin(); it != byPeriod.cend(); ++it)
        m_rows.prepend({it.key(), NpsResult::of(it.value())});
    endResetModel();
}

QString NpsPeriodModel::periodAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).first : QString();
}

int NpsPeriodModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NpsPeriodModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NpsPeriodModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& [period, result] = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Period ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Period:
        return period;
    case Answers:
        return result.answers;
    case Promoters:
        return result.promoters;
    case Passives:
        return result.passives;
    case Detractors:
        return result.detractors;
    case Score:
        return result.score ? QLocale().toString(*result.score, 'f', 0) : tr("no answers");
    default:
        return {};
    }
}

QVariant NpsPeriodModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Period:
        return tr("Month");
    case Answers:
        return tr("Answers");
    case Promoters:
        return tr("Promoters");
    case Passives:
        return tr("Passives");
    case Detractors:
        return tr("Detractors");
    case Score:
        return tr("NPS");
    default:
        return {};
    }
}

} // namespace accord
