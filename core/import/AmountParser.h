#pragma once

#include <QChar>
#include <QStringList>

namespace accord {

// Reads money as CRMs and spreadsheets write it: "$1,234.50", "1.234,50 €", "EUR 1 234", "(1,234)", "-12.5". The
// decimal separator is fixed per file; the other of comma and dot, spaces and apostrophes group thousands.
class AmountParser
{
public:
    explicit AmountParser(QChar decimalSeparator = QLatin1Char('.'));

    // An empty cell is zero; otherwise false with *reason set.
    bool parse(QStringView text, double* value, QString* reason) const;

    // The decimal separator the values agree on, or a null QChar when none tells (every value is like "1,234").
    static QChar detectDecimalSeparator(const QStringList& values);

private:
    QChar m_decimal;
    QChar m_group;
};

} // namespace accord
