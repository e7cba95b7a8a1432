#include "money_format.h"

namespace hectare {

QString formatXof(Money francs, const QLocale &locale)
{
    // "F CFA" is how both French and English invoices in the WAEMU write the franc; a no-break
    // space keeps the amount and its unit on one line.
    return locale.toString(qlonglong(francs)) + QChar(0x00A0) + QStringLiteral("F CFA");
}

QString formatEurEquivalent(Money francs, const QLocale &locale)
{
    // Built from whole euros and cents, not a double, so the cents shown are the cents computed.
    const qint64 cents = money::xofToEurCents(francs);
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const QString number = (cents < 0 ? locale.negativeSign() : QString()) + locale.toString(qlonglong(magnitude / 100))
                           + locale.decimalPoint()
                           + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    // French puts the symbol after the amount, English before it.
    if (locale.language() == QLocale::French)
        return number + QChar(0x00A0) + QStringLiteral("€");
    return QStringLiteral("€") + number;
}

} // namespace hectare
