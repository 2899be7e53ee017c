#pragma once

#include <QColor>
#include <QList>

namespace accord::HeatScale {

// A single-hue sequential scale, light to dark blue (ColorBrewer "Blues"): it reads the same to the colour-blind
// and in greyscale, and its steps survive a washed-out projector. Intensity 0..1; an empty cell is white.
QColor fill(double intensity);
// Near-black on the light steps, white on the dark ones, so the value written in a cell always stands out.
QColor text(double intensity);
// The scale's steps, lightest first, for a legend.
QList<double> legendSteps();

} // namespace accord::HeatScale
