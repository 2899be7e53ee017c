#pragma once

#include "CaseRowsModel.h"
#include "domain/CaseRootCause.h"

namespace accord {

// The case's root causes: a category of the taxonomy and the evidence for it, each edited in place.
class RootCauseModel : public CaseRowsModel<CaseRootCause>
{
    Q_OBJECT

public:
    enum Column { Category, Evidence, ColumnCount };

    explicit RootCauseModel(WizardContext& context, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool write(CaseRootCause& row, int column, const QVariant& value) const override;
    QString editText(int column) const override;
};

} // namespace accord
