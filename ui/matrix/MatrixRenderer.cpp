#include "MatrixRenderer.h"

#include "HeatMapPage.h"
#include "MatrixDeck.h"
#include "TablePage.h"

#include <QPainter>

namespace accord {

std::optional<MatrixRenderer::View> MatrixRenderer::viewFromName(const QString& name)
{
    if (name == QLatin1String("heatmap"))
        return View::HeatMap;
    if (name == QLatin1String("types"))
        return View::Types;
    if (name == QLatin1String("patterns"))
        return View::Patterns;
    return std::nullopt;
}

QList<QImage> MatrixRenderer::render(Workspace& workspace, View view, QSize size)
{
    const MatrixDeck deck(&workspace);
    const PresentationPage* page = view == View::HeatMap ? static_cast<PresentationPage*>(deck.heatMapPage())
                                   : view == View::Types ? deck.typesPage()
                                                         : deck.patternsPage();
    QList<QImage> images;
    for (const PresentationSheet& sheet : page->layout(PresentationStyle(size))) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        sheet.paint(painter);
        images << image;
    }
    return images;
}

} // namespace accord
