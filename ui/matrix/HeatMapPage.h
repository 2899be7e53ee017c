#pragma once

#include "PresentationPage.h"

#include <QPointer>

namespace accord {

class HeatMapModel;

// The team × team heat map in presentation mode: every cell shaded by the model's measure and the value written in
// it, the current cell framed, and the current cell's cases listed under the map. When team names are too long
// for the columns at presentation type size the columns are numbered and the rows carry the numbers.
class HeatMapPage : public PresentationPage
{
    Q_OBJECT

public:
    explicit HeatMapPage(HeatMapModel* model, QObject* parent = nullptr);

    QString title() const override;
    bool moveCurrent(int rows, int columns) override;
    std::optional<CaseFilter> drillDown() const override;

    int currentRow() const { return m_row; }
    int currentColumn() const { return m_column; }
    void setCurrent(int row, int column);

protected:
    QList<QList<SheetBox>> layoutContent(const PresentationStyle& style, const QRectF& area) const override;

private:
    void resetCurrent();
    QList<SheetBox> legend(const PresentationStyle& style, const QRectF& area, qreal* height) const;
    SheetBox details(const PresentationStyle& style, const QRectF& area) const;

    QPointer<HeatMapModel> m_model;
    int m_row = 0;
    int m_column = 1;
};

} // namespace accord
