#pragma once

#include <QLocale>
#include <QString>

namespace accord {

// An amount in whole units of a currency given by its ISO 4217 code, written the way the locale writes money,
// with the currency's own symbol when some locale knows it (e.g. "€120,000" for EUR in English).
QString formatMoney(qint64 amount, const QString& isoCode, const QLocale& locale = QLocale());

} // namespace accord
