#pragma once

// Money for people: always the site's currency (XOF, whole francs), grouped as the locale
// groups digits, never the locale's own currency. QLocale("fr_TG") → "12 760 000 000 F CFA"
// (U+202F between groups); English → "12,760,000,000 F CFA".

#include "quoting/money.h"

#include <QLocale>
#include <QString>

namespace hectare {

QString formatXof(Money francs, const QLocale &locale = QLocale());
// The EUR equivalent at the fixed peg, from xofToEurCents(): "19 452 551,90 €" (fr) / "€19,452,551.90".
QString formatEurEquivalent(Money francs, const QLocale &locale = QLocale());

} // namespace hectare
