#pragma once

#include <QString>

namespace accord {

// Why a formula was refused: a sentence that names the problem and where, and that place as a 0-based character
// offset, so an editor can put a caret under it.
struct FormulaError
{
    QString message;
    int position = -1;
};

} // namespace accord
