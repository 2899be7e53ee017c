#pragma once

#include <QIcon>

namespace accord {

// A padlock drawn by hand, because neither the platform styles nor the bundled fonts carry one: it marks frozen
// definitions wherever they are listed.
QIcon lockIcon();

} // namespace accord
