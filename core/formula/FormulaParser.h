#pragma once

#include "Formula.h"
#include "FormulaError.h"
#include "FormulaVocabulary.h"

#include <QString>
#include <optional>

namespace accord {

// Reads the formula language described in FormulaLanguage.md: checks every field, stage, reject reason, function
// and argument, and reports the first problem with its position.
class FormulaParser
{
public:
    static std::optional<Formula> parse(const QString& text, const FormulaVocabulary& vocabulary, FormulaError* error);
};

} // namespace accord
