#include "PresentationStyle.h"

#include <cmath>

namespace accord {

PresentationStyle::PresentationStyle(QSize screen)
    : size(screen), bodyPixels(minimumBodyPixels(screen.height())), titlePixels(int(std::lround(bodyPixels * 1.45))),
      margin(std::max(12, screen.height() / 30)), padding(std::max(6, bodyPixels / 3)),
      rule(std::max(2, screen.height() / 360))
{}

int PresentationStyle::minimumBodyPixels(int screenHeight)
{
    return int(std::ceil(28.0 * screenHeight / 1080.0));
}

QFont PresentationStyle::body() const
{
    QFont font;
    font.setPixelSize(bodyPixels);
    return font;
}

QFont PresentationStyle::strong() const
{
    QFont font = body();
    font.setBold(true);
    return font;
}

QFont PresentationStyle::title() const
{
    QFont font;
    font.setPixelSize(titlePixels);
    font.setBold(true);
    return font;
}

} // namespace accord
