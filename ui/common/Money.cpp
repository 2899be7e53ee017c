#include "Money.h"

#include <QHash>

namespace accord {
namespace {

QString symbolFor(const QString& isoCode, const QLocale& locale)
{
    if (isoCode.isEmpty())
        return locale.currencySymbol(QLocale::CurrencySymbol);
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == isoCode)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    // Looking through every locale is slow; the answer never changes, so it is remembered.
    static QHash<QString, QString> known;
    const auto found = known.constFind(isoCode);
    if (found != known.cend())
        return *found;
    QString symbol = isoCode;
    const QList<QLocale> all =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale& candidate : all) {
        if (candidate.currencySymbol(QLocale::CurrencyIsoCode) == isoCode) {
            symbol = candidate.currencySymbol(QLocale::CurrencySymbol);
            // Prefer a symbol that does not need the country to be understood ("€" rather than "EUR").
            if (candidate.language() == QLocale::English || symbol.size() == 1)
                break;
        }
    }
    known.insert(isoCode, symbol);
    return symbol;
}

} // namespace

QString formatMoney(qint64 amount, const QString& isoCode, const QLocale& locale)
{
    // The C locale (a bare LANG=C session) writes "40,000$"; an unset locale reads best the common English way.
    const QLocale effective =
        locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    return effective.toCurrencyString(double(amount), symbolFor(isoCode, effective), 0);
}

} // namespace accord
