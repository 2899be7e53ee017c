#pragma once

#include "FormulaError.h"
#include "FormulaNodes.h"

#include <QList>
#include <QString>

namespace accord {

// Cuts formula text into tokens, each with the character offset it starts at.
class FormulaLexer
{
public:
    struct Token
    {
        enum class Type {
            Identifier,
            Number,
            Text,
            LeftParen,
            RightParen,
            Comma,
            Plus,
            Minus,
            Star,
            Slash,
            Compare,
            End
        };

        Type type = Type::End;
        QString text; // as written; for Text the content without quotes
        int position = 0;
        double number = 0;
        CompareOp op = CompareOp::Equal;
    };

    // The tokens, the last always End; false with *error set at the first character that starts no token.
    static bool tokenize(const QString& text, QList<Token>* tokens, FormulaError* error);
    // How a token is named in a message: “leads”, “)”, or “the end of the formula”.
    static QString describe(const Token& token);
};

} // namespace accord
