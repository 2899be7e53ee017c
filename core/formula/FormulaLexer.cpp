#include "FormulaLexer.h"

#include <QCoreApplication>

namespace accord {
namespace {

using Type = FormulaLexer::Token::Type;

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The closing quote for an opening one; typographic quotes are accepted because word processors put them in.
QChar closingQuote(QChar c)
{
    if (c == QLatin1Char('"') || c == QLatin1Char('\''))
        return c;
    if (c == QChar(0x201c))
        return QChar(0x201d);
    if (c == QChar(0x2018))
        return QChar(0x2019);
    return {};
}

} // namespace

bool FormulaLexer::tokenize(const QString& text, QList<Token>* tokens, FormulaError* error)
{
    tokens->clear();
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.position = i;
        if (isIdentifierStart(c)) {
            int end = i + 1;
            while (end < n && isIdentifierPart(text.at(end)))
                ++end;
            token.type = Type::Identifier;
            token.text = text.mid(i, end - i);
            i = end;
        } else if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && text.at(i + 1).isDigit())) {
            int end = i;
            while (end < n && (text.at(end).isDigit() || text.at(end) == QLatin1Char('.')))
                ++end;
            token.type = Type::Number;
            token.text = text.mid(i, end - i);
            bool ok = false;
            token.number = token.text.toDouble(&ok);
            if (!ok) {
                *error = {QCoreApplication::translate("accord::FormulaLexer", "“%1” at %2 is not a number")
                              .arg(token.text)
                              .arg(i),
                          i};
                return false;
            }
            i = end;
        } else if (const QChar quote = closingQuote(c); !quote.isNull()) {
            const int end = int(text.indexOf(quote, i + 1));
            if (end < 0) {
                *error = {QCoreApplication::translate("accord::FormulaLexer", "The text starting at %1 has no closing "
                                                                              "quote")
                              .arg(i),
                          i};
                return false;
            }
            token.type = Type::Text;
            token.text = text.mid(i + 1, end - i - 1);
            i = end + 1;
        } else {
            const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
            int length = 1;
            token.type = Type::Compare;
            switch (c.unicode()) {
            case '(':
                token.type = Type::LeftParen;
                break;
            case ')':
                token.type = Type::RightParen;
                break;
            case ',':
                token.type = Type::Comma;
                break;
            case '+':
                token.type = Type::Plus;
                break;
            case '-':
                token.type = Type::Minus;
                break;
            case '*':
                token.type = Type::Star;
                break;
            case '/':
                token.type = Type::Slash;
                break;
            case '=':
                token.op = CompareOp::Equal;
                length = next == QLatin1Char('=') ? 2 : 1;
                break;
            case '!':
                if (next != QLatin1Char('=')) {
                    *error = {
                        QCoreApplication::translate("accord::FormulaLexer", "Unexpected “!” at %1; write “not” or “!=”")
                            .arg(i),
                        i};
                    return false;
                }
                token.op = CompareOp::NotEqual;
                length = 2;
                break;
            case '<':
                token.op = next == QLatin1Char('=')   ? CompareOp::LessOrEqual
                           : next == QLatin1Char('>') ? CompareOp::NotEqual
                                                      : CompareOp::Less;
                length = next == QLatin1Char('=') || next == QLatin1Char('>') ? 2 : 1;
                break;
            case '>':
                token.op = next == QLatin1Char('=') ? CompareOp::GreaterOrEqual : CompareOp::Greater;
                length = next == QLatin1Char('=') ? 2 : 1;
                break;
            case 0x2264: // ≤ and ≥, as typed on a Mac or pasted from a document
                token.op = CompareOp::LessOrEqual;
                break;
            case 0x2265:
                token.op = CompareOp::GreaterOrEqual;
                break;
            default:
                *error = {QCoreApplication::translate("accord::FormulaLexer", "Unexpected character “%1” at %2")
                              .arg(c)
                              .arg(i),
                          i};
                return false;
            }
            token.text = text.mid(i, length);
            i += length;
        }
        tokens->append(token);
    }
    Token end;
    end.type = Type::End;
    end.position = n;
    tokens->append(end);
    return true;
}

QString FormulaLexer::describe(const Token& token)
{
    switch (token.type) {
    case Type::End:
        return QCoreApplication::translate("accord::FormulaLexer", "the end of the formula");
    case Type::Text:
        return QCoreApplication::translate("accord::FormulaLexer", "the text “%1”").arg(token.text);
    default:
        return QStringLiteral("“%1”").arg(token.text);
    }
}

} // namespace accord
