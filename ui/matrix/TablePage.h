#pragma once

#include "PresentationPage.h"

#include <QPointer>

class QAbstractItemModel;

namespace accord {

// A presentation page showing a table model's rows in large type: every cell's text wrapped to its column, each
// row as tall as its tallest cell, and rows that do not fit on the screen continued on the next sheet under the
// same header row.
class TablePage : public PresentationPage
{
    Q_OBJECT

public:
    struct Column
    {
        QList<int> modelColumns; // shown one under the other in one cell (a KPI's name over its value)
        double weight = 1;       // share of the width
    };

    TablePage(const QString& title, QAbstractItemModel* model, QList<Column> columns, QObject* parent = nullptr);

    QString title() const override { return m_title; }
    // The rows of the table, across all its sheets.
    int rowCount() const;
    // What the page says under its header row while the table has no rows.
    void setEmptyText(const QString& text) { m_emptyText = text; }

protected:
    QList<QList<SheetBox>> layoutContent(const PresentationStyle& style, const QRectF& area) const override;

private:
    QString cellText(int row, const Column& column) const;
    QList<qreal> columnWidths(const PresentationStyle& style, qreal width) const;

    QString m_title;
    QString m_emptyText;
    QPointer<QAbstractItemModel> m_model;
    QList<Column> m_columns;
};

} // namespace accord
