#include "LineageModel.h"

#include "export/CsvWriter.h"
#include "workspace/Workspace.h"

#include <QLocale>
#include <algorithm>

namespace accord {

LineageModel::LineageModel(Workspace* workspace, QList<CrmRecordKind> kinds, QStringList ids, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_kinds(std::move(kinds)), m_ids(std::move(ids))
{}

std::optional<CrmRecord> LineageModel::recordAt(int row) const
{
    if (row < 0 || row >= m_records.size())
        return std::nullopt;
    return m_records.at(row);
}

// A record is stored under its kind and id; a formula over leads and opportunities alike lists the leads first,
// so the kinds are tried in that order.
std::optional<CrmRecord> LineageModel::read(const QString& id, QString* error) const
{
    for (CrmRecordKind kind : m_kinds) {
        Filter filter;
        filter.where("kind", kind).where("external_id", id);
        const QList<CrmRecord> found = m_workspace->repository<CrmRecord>().list(filter, error);
        if (!found.isEmpty())
            return found.constFirst();
    }
    return std::nullopt;
}

bool LineageModel::readUpTo(qsizetype count, QString* error)
{
    if (!m_workspace)
        return false;
    const qsizetype first = m_records.size();
    const qsizetype last = std::min(count, m_ids.size());
    if (last <= first)
        return true;
    QList<CrmRecord> page;
    for (qsizetype i = first; i < last; ++i) {
        QString readError;
        const auto record = read(m_ids.at(i), &readError);
        if (!readError.isEmpty()) {
            if (error)
                *error = readError;
            break;
        }
        // A record re-imported away since the number was made still has its id shown.
        CrmRecord shown = record.value_or(CrmRecord{});
        shown.externalId = m_ids.at(i);
        page.append(shown);
    }
    if (page.isEmpty())
        return false;
    beginInsertRows({}, int(first), int(first + page.size() - 1));
    m_records.append(page);
    endInsertRows();
    return page.size() == last - first;
}

bool LineageModel::writeCsv(QTextStream& out, QString* error)
{
    if (!readUpTo(m_ids.size(), error))
        return false;
    CsvWriter csv(out);
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    csv.writeRow(header);
    for (const CrmRecord& record : std::as_const(m_records)) {
        QStringList fields;
        for (int column = 0; column < ColumnCount; ++column)
            fields << text(record, column, true);
        csv.writeRow(fields);
    }
    return true;
}

int LineageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int LineageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LineageModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_records.size() < m_ids.size();
}

void LineageModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_workspace)
        return;
    QString error;
    if (!readUpTo(m_records.size() + PageSize, &error) && !error.isEmpty())
        m_workspace->reportError(error);
}

QString LineageModel::text(const CrmRecord& record, int column, bool forCsv)
{
    const QLocale locale;
    const auto time = [&](const QDateTime& t) {
        if (!t.isValid())
            return QString();
        return forCsv ? t.toUTC().toString(Qt::ISODate) : locale.toString(t.toLocalTime(), QLocale::ShortFormat);
    };
    switch (column) {
    case Kind:
        return forCsv ? enumCode(record.kind) : displayName(record.kind);
    case RecordId:
        return record.externalId;
    case Created:
        return time(record.createdAt);
    case Source:
        return record.source;
    case Segment:
        return record.segment;
    case Owner:
        return record.owner;
    case Team:
        return record.team;
    case StageReached:
        return record.stageReached;
    case MqlAt:
        return time(record.mqlAt);
    case SalAt:
        return time(record.salAt);
    case SqlAt:
        return time(record.sqlAt);
    case OpportunityAt:
        return time(record.opportunityAt);
    case FirstTouchAt:
        return time(record.firstTouchAt);
    case RejectReason:
        return record.rejectReason;
    case WonAt:
        return time(record.wonAt);
    case LostAt:
        return time(record.lostAt);
    case Amount:
        return record.amount == 0 ? QString()
               : forCsv           ? QString::number(record.amount, 'f', 2)
                                  : locale.toString(record.amount, 'f', 0);
    default:
        return {};
    }
}

QVariant LineageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    if (role == Qt::DisplayRole)
        return text(m_records.at(index.row()), index.column(), false);
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant LineageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case RecordId:
        return tr("Record ID");
    case Created:
        return tr("Created");
    case Source:
        return tr("Source");
    case Segment:
        return tr("Segment");
    case Owner:
        return tr("Owner");
    case Team:
        return tr("Team");
    case StageReached:
        return tr("Stage reached");
    case MqlAt:
        return tr("MQL");
    case SalAt:
        return tr("SAL");
    case SqlAt:
        return tr("SQL");
    case OpportunityAt:
        return tr("Opportunity");
    case FirstTouchAt:
        return tr("First touch");
    case RejectReason:
        return tr("Reject reason");
    case WonAt:
        return tr("Won");
    case LostAt:
        return tr("Lost");
    case Amount:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace accord
