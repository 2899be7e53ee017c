#pragma once

#include "rhythm/Nps.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace accord {

class Workspace;

// NPS per month computed from the recorded answers: how many answered, promoters, passives, detractors and the
// score, newest month first.
class NpsPeriodModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Period, Answers, Promoters, Passives, Detractors, Score, ColumnCount };

    explicit NpsPeriodModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    QString periodAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    QPointer<Workspace> m_workspace;
    QList<std::pair<QString, NpsResult>> m_rows;
};

} // namespace accord
