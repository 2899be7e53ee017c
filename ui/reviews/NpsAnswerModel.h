#pragma once

#include "common/RecordTableModel.h"
#include "domain/NpsAnswer.h"

namespace accord {

// Customers' answers to the three NPS questions. ReviewRoles::Status holds the period and ReviewRoles::Sort the
// score, so that a proxy lists one period's answers lowest first.
class NpsAnswerModel : public RecordTableModel<NpsAnswer>
{
    Q_OBJECT

public:
    enum Column { Score, Account, Respondent, DoBetter, DoWell, Period, ColumnCount };

    explicit NpsAnswerModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QSet<QString> watchedTables() const override;
    void loadLookups(Workspace&) override {}
};

} // namespace accord
