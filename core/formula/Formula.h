#pragma once

#include "FormulaNodes.h"

#include <QString>

namespace accord {

// A parsed metric formula: the tree the evaluator compiles, and the text it was parsed from.
struct Formula
{
    QString text;
    FormulaExpression root;

    // The tree in one canonical spelling: every operation parenthesised, default anchors left out.
    QString toString() const { return root.toString(); }
};

} // namespace accord
