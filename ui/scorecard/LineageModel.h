#pragma once

#include "domain/CrmRecord.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

class QTextStream;

namespace accord {

class Workspace;

// The CRM records a scorecard number counted. It is handed their ids and reads the records themselves a page at a
// time as the table scrolls, so a number made of a hundred thousand leads opens at once.
class LineageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Kind,
        RecordId,
        Created,
        Source,
        Segment,
        Owner,
        Team,
        StageReached,
        MqlAt,
        SalAt,
        SqlAt,
        OpportunityAt,
        FirstTouchAt,
        RejectReason,
        WonAt,
        LostAt,
        Amount,
        ColumnCount
    };
    static constexpr int PageSize = 200;

    // kinds: the kinds of record the metric's formula reads, in the order the ids list them.
    LineageModel(Workspace* workspace, QList<CrmRecordKind> kinds, QStringList ids, QObject* parent = nullptr);

    // Every record the number counted, fetched or not.
    int totalCount() const { return int(m_ids.size()); }
    std::optional<CrmRecord> recordAt(int row) const;
    // Writes every record (reading the rest) as CSV with a header row.
    bool writeCsv(QTextStream& out, QString* error);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    std::optional<CrmRecord> read(const QString& id, QString* error) const;
    bool readUpTo(qsizetype count, QString* error);
    static QString text(const CrmRecord& record, int column, bool forCsv);

    QPointer<Workspace> m_workspace;
    QList<CrmRecordKind> m_kinds;
    QStringList m_ids;
    QList<CrmRecord> m_records;
};

} // namespace accord
