#pragma once

#include "CatalogTableModel.h"
#include "domain/ConflictPattern.h"

#include <QHash>

namespace accord {

// The complaints heard again and again, each with what RevOps enables, the policy or artifact that settles it,
// the KPIs it is judged by (primary first) and a quick fix.
class ConflictPatternsModel : public CatalogTableModel<ConflictPattern>
{
    Q_OBJECT

public:
    enum Column { Complaint, RevopsEnables, Artifact, Kpis, QuickFix, ColumnCount };

    explicit ConflictPatternsModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    int restoreDefaults();

protected:
    QSet<QString> watchedTables() const override;
    void loadLookups(Workspace& workspace) override;

private:
    static TextField fieldOf(int column);

    QHash<Id, QString> m_metricNames;
};

} // namespace accord
