#pragma once

#include "CaseRowsModel.h"
#include "domain/Action.h"

namespace accord {

// The case's actions: what changes in the operating model, who owes it and by when; overdue ones stand out.
class ActionModel : public CaseRowsModel<Action>
{
    Q_OBJECT

public:
    enum Column { Kind, Title, Owner, Due, Status, ColumnCount };

    explicit ActionModel(WizardContext& context, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool write(Action& row, int column, const QVariant& value) const override;
    QString editText(int column) const override;

private:
    QVariant display(const Action& action, int column) const;
};

} // namespace accord
