#include "AmountParser.h"

#include <QCoreApplication>
#include <QVarLengthArray>
#include <charconv>

namespace accord {
namespace {

bool isGroupSpace(QChar c)
{
    // Besides the space: the no-break spaces French and Swiss formats use, and the apostrophe of 1'234.50.
    return c == QLatin1Char(' ') || c == QChar(0x00a0) || c == QChar(0x202f) || c == QLatin1Char('\'') ||
           c == QChar(0x2019);
}

// What may stand around the number: a currency symbol or code, a sign, accounting parentheses, spaces.
bool isDecoration(QChar c)
{
    return c.isLetter() || c.category() == QChar::Symbol_Currency || c.isSpace() || c == QLatin1Char('-') ||
           c == QLatin1Char('+') || c == QLatin1Char('(') || c == QLatin1Char(')');
}

} // namespace

AmountParser::AmountParser(QChar decimalSeparator)
    : m_decimal(decimalSeparator), m_group(decimalSeparator == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(','))
{}

bool AmountParser::parse(QStringView text, double* value, QString* reason) const
{
    text = text.trimmed();
    *value = 0;
    if (text.isEmpty())
        return true;
    const auto notAnAmount = [&] {
        *reason = QCoreApplication::translate("accord::AmountParser", "“%1” is not an amount.").arg(text.toString());
        return false;
    };
    qsizetype first = 0;
    while (first < text.size() && !text[first].isDigit())
        ++first;
    if (first == text.size())
        return notAnAmount();
    qsizetype last = text.size() - 1;
    while (!text[last].isDigit())
        --last;
    if (first > 0 && text[first - 1] == m_decimal)
        --first;

    bool negative = false;
    for (const QStringView around : {text.first(first), text.sliced(last + 1)}) {
        for (const QChar c : around) {
            if (!isDecoration(c))
                return notAnAmount();
            negative = negative || c == QLatin1Char('-') || c == QLatin1Char('(');
        }
    }

    QVarLengthArray<char, 64> number;
    if (negative)
        number.append('-');
    bool decimalSeen = false;
    for (const QChar c : text.sliced(first, last - first + 1)) {
        if (c.isDigit()) {
            number.append(char('0' + c.digitValue()));
        } else if (c == m_decimal && !decimalSeen) {
            decimalSeen = true;
            number.append('.');
        } else if ((c == m_group || isGroupSpace(c)) && !decimalSeen) {
            continue;
        } else if (c == m_decimal || c == m_group) {
            *reason =
                QCoreApplication::translate("accord::AmountParser", "“%1” does not use “%2” as its decimal separator.")
                    .arg(text.toString(), QString(m_decimal));
            return false;
        } else {
            return notAnAmount();
        }
    }
    const auto result = std::from_chars(number.cbegin(), number.cend(), *value);
    if (result.ec != std::errc() || result.ptr != number.cend())
        return notAnAmount();
    return true;
}

QChar AmountParser::detectDecimalSeparator(const QStringList& values)
{
    int dotVotes = 0;
    int commaVotes = 0;
    for (const QString& value : values) {
        const qsizetype dot = value.lastIndexOf(QLatin1Char('.'));
        const qsizetype comma = value.lastIndexOf(QLatin1Char(','));
        if (dot >= 0 && comma >= 0) {
            (dot > comma ? dotVotes : commaVotes) += 1;
            continue;
        }
        const qsizetype at = qMax(dot, comma);
        if (at < 0)
            continue;
        const QChar separator = value[at];
        qsizetype digitsAfter = 0;
        while (at + 1 + digitsAfter < value.size() && value[at + 1 + digitsAfter].isDigit())
            ++digitsAfter;
        const bool decimal = value.count(separator) == 1 && digitsAfter != 3;
        const bool group = value.count(separator) > 1;
        // "1,234" reads either way and casts no vote.
        if (decimal || group)
            ((separator == QLatin1Char('.')) == decimal ? dotVotes : commaVotes) += 1;
    }
    if (dotVotes == commaVotes)
        return QChar();
    return dotVotes > commaVotes ? QLatin1Char('.') : QLatin1Char(',');
}

} // namespace accord
