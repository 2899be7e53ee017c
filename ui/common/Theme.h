#pragma once

class QApplication;

namespace accord::Theme {

// Accord's look: a larger base font (it is read on projectors), generous spacing and a restrained palette.
// Safe to call more than once.
void apply(QApplication& app);

} // namespace accord::Theme
