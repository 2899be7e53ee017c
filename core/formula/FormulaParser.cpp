#include "FormulaParser.h"

#include "FormulaFields.h"
#include "FormulaLexer.h"

#include <QCoreApplication>
#include <algorithm>

namespace accord {
namespace {

using Token = FormulaLexer::Token;
using Type = Token::Type;
using ExprKind = FormulaExpression::Kind;
using CondKind = FormulaCondition::Kind;

// The first problem ends parsing; it unwinds to FormulaParser::parse as this exception, private to this file.
struct Failure
{
    FormulaError error;
};

[[noreturn]] void fail(int position, const QString& message)
{
    throw Failure{{message, position}};
}

struct FunctionSpec
{
    const char* name;
    ExprKind kind;
    int arguments;
    const char* signature;
};

const FunctionSpec functions[] = {
    {"count", ExprKind::Count, 1, QT_TRANSLATE_NOOP("accord::FormulaParser", "records")},
    {"sum", ExprKind::Sum, 2, QT_TRANSLATE_NOOP("accord::FormulaParser", "value, records")},
    {"avg", ExprKind::Average, 2, QT_TRANSLATE_NOOP("accord::FormulaParser", "value, records")},
    {"median", ExprKind::Median, 2, QT_TRANSLATE_NOOP("accord::FormulaParser", "value, records")},
    {"percentile", ExprKind::Percentile, 3, QT_TRANSLATE_NOOP("accord::FormulaParser", "rank, value, records")},
    {"share", ExprKind::Share, 2, QT_TRANSLATE_NOOP("accord::FormulaParser", "records, condition")},
};

const char* const recordKinds[] = {"leads", "opportunities", "records"};
const char* const conditionWords[] = {"reached", "has", "won", "lost", "closed", "open", "rejected", "hours", "days"};

const FunctionSpec* findFunction(const QString& name)
{
    for (const FunctionSpec& spec : functions)
        if (name == QLatin1String(spec.name))
            return &spec;
    return nullptr;
}

std::optional<RecordKind> recordKind(const QString& word)
{
    for (int i = 0; i < int(std::size(recordKinds)); ++i)
        if (word == QLatin1String(recordKinds[i]))
            return RecordKind(i);
    return std::nullopt;
}

template <std::size_t N> QStringList words(const char* const (&list)[N])
{
    QStringList result;
    for (const char* word : list)
        result << QString::fromLatin1(word);
    return result;
}

QStringList functionNames()
{
    QStringList result;
    for (const FunctionSpec& spec : functions)
        result << QString::fromLatin1(spec.name);
    return result;
}

int editDistance(const QString& a, const QString& b)
{
    std::vector<int> row(b.size() + 1);
    for (int j = 0; j <= int(b.size()); ++j)
        row[j] = j;
    for (int i = 1; i <= int(a.size()); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= int(b.size()); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The candidate a typo most likely meant: at most two edits away, and fewer edits than the word is long.
QString closest(const QString& word, const QStringList& candidates)
{
    QString best;
    int bestDistance = std::min(3, int(word.size()));
    for (const QString& candidate : candidates) {
        const int d = editDistance(word.toLower(), candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

// Ends an "unknown …" message with the likely intended word, or else with the list to choose from.
QString withHint(const QString& message, const QString& word, const QStringList& candidates, bool listAll)
{
    const QString suggestion = closest(word, candidates);
    if (!suggestion.isEmpty())
        return QCoreApplication::translate("accord::FormulaParser", "%1; did you mean “%2”?").arg(message, suggestion);
    if (listAll)
        return QCoreApplication::translate("accord::FormulaParser", "%1; known: %2")
            .arg(message, candidates.join(QStringLiteral(", ")));
    return message;
}

FormulaFields::Type operandType(const FormulaOperand& operand)
{
    switch (operand.kind) {
    case FormulaOperand::Kind::Field:
        return FormulaFields::find(operand.field)->type;
    case FormulaOperand::Kind::Text:
        return FormulaFields::Type::Text;
    case FormulaOperand::Kind::Duration:
    case FormulaOperand::Kind::Number:
        break;
    }
    return FormulaFields::Type::Number;
}

QString describe(const FormulaOperand& operand)
{
    switch (operand.kind) {
    case FormulaOperand::Kind::Field:
        return QCoreApplication::translate("accord::FormulaParser", "the %1 field “%2”")
            .arg(FormulaFields::typeName(operandType(operand)), operand.field);
    case FormulaOperand::Kind::Duration:
        return QCoreApplication::translate("accord::FormulaParser", "the duration %1").arg(operand.toString());
    case FormulaOperand::Kind::Text:
        return QCoreApplication::translate("accord::FormulaParser", "the text “%1”").arg(operand.text);
    case FormulaOperand::Kind::Number:
        return QCoreApplication::translate("accord::FormulaParser", "the number %1").arg(operand.toString());
    }
    return {};
}

class Parser
{
public:
    Parser(const QList<Token>& tokens, const FormulaVocabulary& vocabulary) : m_tokens(tokens), m_vocabulary(vocabulary)
    {}

    FormulaExpression formula()
    {
        if (peek().type == Type::End)
            fail(0, QCoreApplication::translate("accord::FormulaParser", "The formula is empty"));
        FormulaExpression root = additive();
        const Token& rest = peek();
        if (rest.type == Type::RightParen)
            fail(rest.position,
                 QCoreApplication::translate("accord::FormulaParser", "Unexpected “)” at %1: it closes nothing")
                     .arg(rest.position));
        if (rest.type != Type::End)
            fail(rest.position, QCoreApplication::translate("accord::FormulaParser",
                                                            "Unexpected %1 at %2 after a complete formula; is an "
                                                            "operator missing?")
                                    .arg(FormulaLexer::describe(rest))
                                    .arg(rest.position));
        return root;
    }

private:
    const Token& peek(int ahead = 0) const { return m_tokens.at(std::min(m_next + ahead, int(m_tokens.size()) - 1)); }
    const Token& take()
    {
        const Token& token = peek();
        if (token.type != Type::End)
            ++m_next;
        return token;
    }
    bool isWord(const char* word, int ahead = 0) const
    {
        return peek(ahead).type == Type::Identifier && peek(ahead).text == QLatin1String(word);
    }
    bool acceptMinus()
    {
        if (peek().type != Type::Minus)
            return false;
        take();
        return true;
    }
    bool acceptWord(const char* word)
    {
        if (!isWord(word))
            return false;
        take();
        return true;
    }

    [[noreturn]] void expected(const QString& what) const
    {
        const Token& token = peek();
        fail(token.position, QCoreApplication::translate("accord::FormulaParser", "Expected %1 at %2, found %3")
                                 .arg(what)
                                 .arg(token.position)
                                 .arg(FormulaLexer::describe(token)));
    }

    const Token& expectOpen(const Token& after)
    {
        if (peek().type != Type::LeftParen)
            expected(QCoreApplication::translate("accord::FormulaParser", "“(” after “%1”").arg(after.text));
        return take();
    }

    void expectComma()
    {
        if (peek().type != Type::Comma)
            expected(QStringLiteral("“,”"));
        take();
    }

    void expectClose(const Token& open)
    {
        if (peek().type == Type::RightParen) {
            take();
            return;
        }
        if (peek().type == Type::End)
            fail(open.position, QCoreApplication::translate("accord::FormulaParser", "The “(” at %1 is never closed")
                                    .arg(open.position));
        expected(QStringLiteral("“)”"));
    }

    QString identifier(const QString& what)
    {
        if (peek().type != Type::Identifier)
            expected(what);
        return take().text;
    }

    // The arguments between the "(" at m_next - 1 and its ")", or -1 when it is never closed.
    int argumentCount() const
    {
        int depth = 0;
        int commas = 0;
        for (int i = m_next; i < int(m_tokens.size()); ++i) {
            const Type type = m_tokens.at(i).type;
            if (type == Type::LeftParen) {
                ++depth;
            } else if (type == Type::RightParen) {
                if (depth == 0)
                    return i == m_next ? 0 : commas + 1;
                --depth;
            } else if (type == Type::Comma && depth == 0) {
                ++commas;
            }
        }
        return -1;
    }

    [[noreturn]] void wrongArgumentCount(const Token& function, const QString& signature, int found) const
    {
        fail(function.position,
             QCoreApplication::translate("accord::FormulaParser", "Wrong number of arguments for “%1” at %2: it takes "
                                                                  "(%3), found %4")
                 .arg(function.text)
                 .arg(function.position)
                 .arg(signature)
                 .arg(found));
    }

    [[noreturn]] void unknownField(const Token& token) const
    {
        fail(token.position, withHint(QCoreApplication::translate("accord::FormulaParser", "Unknown field “%1” at %2")
                                          .arg(token.text)
                                          .arg(token.position),
                                      token.text, FormulaFields::names(), false));
    }

    [[noreturn]] void unknownFunction(const Token& token, const QStringList& known) const
    {
        fail(token.position,
             withHint(QCoreApplication::translate("accord::FormulaParser", "Unknown function “%1” at %2")
                          .arg(token.text)
                          .arg(token.position),
                      token.text, known, true));
    }

    const FormulaFields::Field& field()
    {
        if (peek().type != Type::Identifier)
            expected(QCoreApplication::translate("accord::FormulaParser", "a field"));
        const Token& token = take();
        const FormulaFields::Field* found = FormulaFields::find(token.text);
        if (!found)
            unknownField(token);
        return *found;
    }

    QString timeField()
    {
        const int position = peek().position;
        const FormulaFields::Field& found = field();
        if (found.type != FormulaFields::Type::Timestamp)
            fail(position, QCoreApplication::translate("accord::FormulaParser", "“%1” at %2 is not a time field")
                               .arg(QLatin1String(found.name))
                               .arg(position));
        return QString::fromLatin1(found.name);
    }

    // --- numbers ---

    FormulaExpression binary(ExprKind kind, FormulaExpression left, FormulaExpression right)
    {
        FormulaExpression node;
        node.kind = kind;
        node.operands.push_back(std::move(left));
        node.operands.push_back(std::move(right));
        return node;
    }

    FormulaExpression additive()
    {
        FormulaExpression left = multiplicative();
        while (peek().type == Type::Plus || peek().type == Type::Minus) {
            const ExprKind kind = take().type == Type::Plus ? ExprKind::Add : ExprKind::Subtract;
            left = binary(kind, std::move(left), multiplicative());
        }
        return left;
    }

    FormulaExpression multiplicative()
    {
        FormulaExpression left = unary();
        while (peek().type == Type::Star || peek().type == Type::Slash) {
            const ExprKind kind = take().type == Type::Star ? ExprKind::Multiply : ExprKind::Divide;
            left = binary(kind, std::move(left), unary());
        }
        return left;
    }

    FormulaExpression unary()
    {
        if (peek().type != Type::Minus)
            return primary();
        take();
        FormulaExpression operand = unary();
        if (operand.kind == ExprKind::Number) {
            operand.number = -operand.number;
            return operand;
        }
        FormulaExpression node;
        node.kind = ExprKind::Negate;
        node.operands.push_back(std::move(operand));
        return node;
    }

    [[noreturn]] void notANumber(const Token& token, const QString& found, const QString& hint) const
    {
        fail(token.position,
             QCoreApplication::translate("accord::FormulaParser", "Expected a number at %1, found %2; %3")
                 .arg(token.position)
                 .arg(found, hint));
    }

    FormulaExpression primary()
    {
        const Token& token = peek();
        if (token.type == Type::Number) {
            FormulaExpression node;
            node.number = take().number;
            return node;
        }
        if (token.type == Type::LeftParen) {
            const Token& open = take();
            FormulaExpression inner = additive();
            expectClose(open);
            return inner;
        }
        if (token.type == Type::Identifier) {
            if (const FunctionSpec* spec = findFunction(token.text))
                return aggregate(*spec);
            if (recordKind(token.text))
                notANumber(
                    token, QCoreApplication::translate("accord::FormulaParser", "the record set “%1”").arg(token.text),
                    QCoreApplication::translate("accord::FormulaParser", "count it with count(%1)").arg(token.text));
            if (FormulaFields::find(token.text))
                notANumber(token,
                           QCoreApplication::translate("accord::FormulaParser", "the field “%1”").arg(token.text),
                           QCoreApplication::translate("accord::FormulaParser",
                                                       "aggregate it with sum(), avg(), median() or percentile()"));
            if (token.text == QLatin1String("hours") || token.text == QLatin1String("days"))
                notANumber(token, QCoreApplication::translate("accord::FormulaParser", "a duration"),
                           QCoreApplication::translate("accord::FormulaParser",
                                                       "aggregate it with avg(), median() or percentile()"));
            if (peek(1).type == Type::LeftParen)
                unknownFunction(token, functionNames());
            fail(token.position,
                 withHint(QCoreApplication::translate("accord::FormulaParser", "Unknown name “%1” at %2")
                              .arg(token.text)
                              .arg(token.position),
                          token.text, functionNames() + words(recordKinds) + FormulaFields::names(), false));
        }
        if (token.type == Type::Text)
            notANumber(token, FormulaLexer::describe(token),
                       QCoreApplication::translate("accord::FormulaParser", "texts belong in conditions"));
        expected(QCoreApplication::translate("accord::FormulaParser", "a number"));
    }

    FormulaExpression aggregate(const FunctionSpec& spec)
    {
        const Token& name = take();
        const Token& open = expectOpen(name);
        if (const int count = argumentCount(); count >= 0 && count != spec.arguments)
            wrongArgumentCount(name, QCoreApplication::translate("accord::FormulaParser", spec.signature), count);
        FormulaExpression node;
        node.kind = spec.kind;
        switch (spec.kind) {
        case ExprKind::Count:
            node.records = recordSet();
            break;
        case ExprKind::Percentile:
            node.number = rank();
            expectComma();
            [[fallthrough]];
        case ExprKind::Sum:
        case ExprKind::Average:
        case ExprKind::Median:
            node.measure = measure(name);
            expectComma();
            node.records = recordSet();
            break;
        case ExprKind::Share:
            node.records = recordSet();
            expectComma();
            node.test = orCondition();
            break;
        default:
            break;
        }
        expectClose(open);
        return node;
    }

    double rank()
    {
        const Token& first = peek();
        const double sign = acceptMinus() ? -1 : 1;
        if (peek().type != Type::Number)
            expected(QCoreApplication::translate("accord::FormulaParser", "a percentile from 0 to 100"));
        const double value = sign * take().number;
        if (value < 0 || value > 100)
            fail(first.position,
                 QCoreApplication::translate("accord::FormulaParser", "The percentile %1 at %2 is outside 0–100")
                     .arg(value)
                     .arg(first.position));
        return value;
    }

    // What sum(), avg(), median() and percentile() read: a number field or a duration.
    FormulaOperand measure(const Token& function)
    {
        const Token& token = peek();
        if (isWord("hours") || isWord("days"))
            return duration();
        if (token.type == Type::Identifier && FormulaFields::find(token.text)) {
            const FormulaFields::Field& found = field();
            if (found.type != FormulaFields::Type::Number)
                fail(token.position,
                     QCoreApplication::translate("accord::FormulaParser",
                                                 "“%1” at %2 is not a number; %3() reads amount or a duration such "
                                                 "as hours(mql_at, first_touch_at)")
                         .arg(token.text)
                         .arg(token.position)
                         .arg(function.text));
            FormulaOperand operand;
            operand.kind = FormulaOperand::Kind::Field;
            operand.field = token.text;
            return operand;
        }
        if (token.type == Type::Identifier && !recordKind(token.text) && peek(1).type != Type::LeftParen)
            unknownField(token);
        expected(QCoreApplication::translate("accord::FormulaParser", "amount or a duration"));
    }

    FormulaOperand duration()
    {
        const Token& name = take();
        FormulaOperand operand;
        operand.kind = FormulaOperand::Kind::Duration;
        operand.unit = name.text == QLatin1String("hours") ? DurationUnit::Hours : DurationUnit::Days;
        const Token& open = expectOpen(name);
        if (const int count = argumentCount(); count >= 0 && count != 2)
            wrongArgumentCount(name, QCoreApplication::translate("accord::FormulaParser", "from time, to time"), count);
        operand.field = timeField();
        expectComma();
        operand.toField = timeField();
        expectClose(open);
        return operand;
    }

    // --- records ---

    FormulaRecordSet recordSet()
    {
        const Token& token = peek();
        const std::optional<RecordKind> kind =
            token.type == Type::Identifier ? recordKind(token.text) : std::optional<RecordKind>();
        if (!kind) {
            const QString what =
                QCoreApplication::translate("accord::FormulaParser", "leads, opportunities or records");
            if (token.type == Type::Identifier)
                fail(token.position,
                     withHint(QCoreApplication::translate("accord::FormulaParser", "Expected %1 at %2, found “%3”")
                                  .arg(what)
                                  .arg(token.position)
                                  .arg(token.text),
                              token.text, words(recordKinds), false));
            expected(what);
        }
        take();
        FormulaRecordSet set;
        set.kind = *kind;
        if (acceptWord("where"))
            set.where = orCondition();
        if (acceptWord("by"))
            set.anchor = timeField();
        return set;
    }

    // --- conditions ---

    FormulaCondition combined(CondKind kind, FormulaCondition first, const char* word,
                              FormulaCondition (Parser::*next)())
    {
        if (!isWord(word))
            return first;
        FormulaCondition node;
        node.kind = kind;
        node.children.push_back(std::move(first));
        while (acceptWord(word))
            node.children.push_back((this->*next)());
        return node;
    }

    FormulaCondition orCondition() { return combined(CondKind::Or, andCondition(), "or", &Parser::andCondition); }
    FormulaCondition andCondition() { return combined(CondKind::And, notCondition(), "and", &Parser::notCondition); }

    FormulaCondition notCondition()
    {
        if (!acceptWord("not"))
            return atom();
        FormulaCondition node;
        node.kind = CondKind::Not;
        node.children.push_back(notCondition());
        return node;
    }

    FormulaCondition simple(CondKind kind)
    {
        take();
        FormulaCondition node;
        node.kind = kind;
        return node;
    }

    FormulaCondition atom()
    {
        const Token& token = peek();
        if (token.type == Type::LeftParen) {
            const Token& open = take();
            FormulaCondition inner = orCondition();
            expectClose(open);
            return inner;
        }
        if (token.type == Type::Identifier) {
            if (token.text == QLatin1String("reached"))
                return reached();
            if (token.text == QLatin1String("has")) {
                FormulaCondition node = simple(CondKind::Has);
                const Token& open = expectOpen(token);
                node.name = QString::fromLatin1(field().name);
                expectClose(open);
                return node;
            }
            if (token.text == QLatin1String("rejected"))
                return rejected();
            if (token.text == QLatin1String("won"))
                return simple(CondKind::Won);
            if (token.text == QLatin1String("lost"))
                return simple(CondKind::Lost);
            if (token.text == QLatin1String("closed"))
                return simple(CondKind::Closed);
            if (token.text == QLatin1String("open"))
                return simple(CondKind::Open);
            if (!FormulaFields::find(token.text) && !isWord("hours") && !isWord("days")) {
                if (peek(1).type == Type::LeftParen)
                    unknownFunction(token, words(conditionWords));
                fail(token.position,
                     withHint(QCoreApplication::translate("accord::FormulaParser", "Unknown field “%1” at %2")
                                  .arg(token.text)
                                  .arg(token.position),
                              token.text, FormulaFields::names() + words(conditionWords), false));
            }
        }
        if (token.type != Type::Identifier && token.type != Type::Text && token.type != Type::Number &&
            token.type != Type::Minus)
            expected(QCoreApplication::translate("accord::FormulaParser", "a condition"));
        return comparison();
    }

    FormulaCondition reached()
    {
        const Token& name = take();
        const Token& open = expectOpen(name);
        if (peek().type != Type::Identifier)
            expected(QCoreApplication::translate("accord::FormulaParser", "a funnel stage"));
        const Token& stage = take();
        const QString recordField = m_vocabulary.stageField(stage.text);
        if (!m_vocabulary.stageCodes().contains(stage.text))
            fail(stage.position,
                 withHint(QCoreApplication::translate("accord::FormulaParser", "Unknown stage “%1” at %2")
                              .arg(stage.text)
                              .arg(stage.position),
                          stage.text, m_vocabulary.stageCodes(), true));
        const FormulaFields::Field* found = FormulaFields::find(recordField);
        if (!found || found->type != FormulaFields::Type::Timestamp)
            fail(stage.position, QCoreApplication::translate("accord::FormulaParser",
                                                             "The stage “%1” at %2 reads “%3”, which is not a time "
                                                             "field of the records")
                                     .arg(stage.text)
                                     .arg(stage.position)
                                     .arg(recordField));
        expectClose(open);
        FormulaCondition node;
        node.kind = CondKind::Reached;
        node.name = stage.text;
        node.field = recordField;
        return node;
    }

    FormulaCondition rejected()
    {
        FormulaCondition node = simple(CondKind::Rejected);
        if (peek().type != Type::LeftParen)
            return node;
        const Token& open = take();
        const int position = peek().position;
        node.name = identifier(QCoreApplication::translate("accord::FormulaParser", "a reject reason"));
        node.values = m_vocabulary.rejectReasonTexts(node.name);
        if (node.values.isEmpty())
            fail(position,
                 withHint(QCoreApplication::translate("accord::FormulaParser", "Unknown reject reason “%1” at %2")
                              .arg(node.name)
                              .arg(position),
                          node.name, m_vocabulary.rejectReasonCodes(), true));
        expectClose(open);
        return node;
    }

    FormulaOperand operand()
    {
        const Token& token = peek();
        FormulaOperand result;
        if (isWord("hours") || isWord("days"))
            return duration();
        if (token.type == Type::Identifier) {
            result.kind = FormulaOperand::Kind::Field;
            result.field = QString::fromLatin1(field().name);
        } else if (token.type == Type::Text) {
            result.kind = FormulaOperand::Kind::Text;
            result.text = take().text;
        } else if (token.type == Type::Number || (token.type == Type::Minus && peek(1).type == Type::Number)) {
            const double sign = acceptMinus() ? -1 : 1;
            result.kind = FormulaOperand::Kind::Number;
            result.number = sign * take().number;
        } else {
            expected(QCoreApplication::translate("accord::FormulaParser", "a field, a text or a number"));
        }
        return result;
    }

    FormulaCondition comparison()
    {
        FormulaCondition node;
        node.left = operand();
        const Token& op = peek();
        if (isWord("in")) {
            take();
            if (node.left.kind != FormulaOperand::Kind::Field || operandType(node.left) != FormulaFields::Type::Text)
                fail(op.position, QCoreApplication::translate("accord::FormulaParser",
                                                              "“in” at %1 needs a text field on its left, not %2")
                                      .arg(op.position)
                                      .arg(describe(node.left)));
            node.kind = CondKind::In;
            const Token& open = expectOpen(op);
            for (;;) {
                if (peek().type != Type::Text)
                    expected(QCoreApplication::translate("accord::FormulaParser", "a text in quotes"));
                node.values << take().text;
                if (peek().type != Type::Comma)
                    break;
                take();
            }
            expectClose(open);
            return node;
        }
        if (op.type != Type::Compare)
            expected(QCoreApplication::translate("accord::FormulaParser", "a comparison (=, <>, <, <=, >, >= or in)"));
        take();
        node.kind = CondKind::Compare;
        node.op = op.op;
        node.right = operand();
        if (operandType(node.left) != operandType(node.right))
            fail(op.position, QCoreApplication::translate("accord::FormulaParser", "Cannot compare %1 with %2 at %3")
                                  .arg(describe(node.left), describe(node.right))
                                  .arg(op.position));
        return node;
    }

    const QList<Token>& m_tokens;
    const FormulaVocabulary& m_vocabulary;
    int m_next = 0;
};

} // namespace

std::optional<Formula> FormulaParser::parse(const QString& text, const FormulaVocabulary& vocabulary,
                                            FormulaError* error)
{
    QList<Token> tokens;
    FormulaError problem;
    if (!FormulaLexer::tokenize(text, &tokens, &problem)) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    try {
        return Formula{text, Parser(tokens, vocabulary).formula()};
    } catch (const Failure& failure) {
        if (error)
            *error = failure.error;
        return std::nullopt;
    }
}

} // namespace accord
