#pragma once

#include "ReportSection.h"
#include "matrix/PresentationSheet.h"

#include <QList>
#include <QSize>

namespace accord {

// Pages made of presentation sheets (the heat map, the friction matrix) as they are projected, each scaled to the
// text's width and painted as vectors, as many to a page as fit.
class SheetSection : public ReportSection
{
public:
    SheetSection(const QString& title, const QList<PresentationSheet>& sheets, QSize sheetSize);

    QString title() const override { return m_title; }
    void layout(const PageGeometry& geometry) override;
    int pageCount() const override;
    void paintPage(QPainter& painter, int page) const override;

private:
    QString m_title;
    QList<PresentationSheet> m_sheets;
    QSize m_sheetSize;
    PageGeometry m_geometry;
    int m_perPage = 1;
};

} // namespace accord
