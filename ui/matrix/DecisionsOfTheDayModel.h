#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace accord {

class Workspace;

// The decisions taken today, for the last page of presentation mode: where each was taken (its case or review
// meeting), what was decided and who is accountable for it.
class DecisionsOfTheDayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Where, Decision, Owner, ColumnCount };

    explicit DecisionsOfTheDayModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    QPointer<Workspace> m_workspace;
    QList<QStringList> m_rows; // the texts of each row's columns
};

} // namespace accord
