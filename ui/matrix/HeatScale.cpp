#include "HeatScale.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace accord::HeatScale {
namespace {

// Six steps rather than a continuous ramp: neighbouring steps must still differ on a poor projector.
constexpr std::array<QRgb, 6> Steps{0xdeebf7, 0xb4d3e9, 0x85bcdb, 0x4a98c9, 0x2171b5, 0x08306b};
constexpr std::size_t FirstDarkStep = 3;

std::size_t stepOf(double intensity)
{
    const double clamped = std::clamp(intensity, 0.0, 1.0);
    return std::min(Steps.size() - 1, std::size_t(std::ceil(clamped * double(Steps.size())) - 1));
}

} // namespace

QColor fill(double intensity)
{
    if (intensity <= 0)
        return Qt::white;
    return QColor::fromRgb(Steps[stepOf(intensity)]);
}

QColor text(double intensity)
{
    if (intensity <= 0 || stepOf(intensity) < FirstDarkStep)
        return QColor(0x11, 0x11, 0x11);
    return Qt::white;
}

QList<double> legendSteps()
{
    QList<double> steps;
    for (std::size_t i = 1; i <= Steps.size(); ++i)
        steps.append(double(i) / double(Steps.size()));
    return steps;
}

} // namespace accord::HeatScale
