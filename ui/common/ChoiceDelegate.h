#pragma once

#include "domain/Id.h"

#include <QStyledItemDelegate>
#include <functional>

namespace accord {

// Edits a cell that refers to another record (a person's team, a team's leader) with a combo box of that
// record's names. The cell's EditRole holds the id; the delegate writes the chosen id back.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        QString text;
        Id id = 0;
    };
    using ChoiceSource = std::function<QList<Choice>()>;

    ChoiceDelegate(ChoiceSource source, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    ChoiceSource m_source;
};

} // namespace accord
