#pragma once

// Amounts in words for quotes and invoices ("Arrêté le présent devis à la somme de …"),
// spelled by ICU's rule-based number format, never by hand.

#include "model/error.h"

#include <QString>

namespace hectare {

// The largest magnitude ICU spells out in words; beyond it ICU falls back to digits.
inline constexpr qint64 kMaxAmountInWords = 999'999'999'999'999'999;

// `francs` spelled out as a cardinal number in `language` ("fr" or "en"), without the currency:
// amountInWords(80, "fr") = "quatre-vingts", amountInWords(12760000000, "en") =
// "twelve billion seven hundred sixty million". Negative amounts get ICU's "moins" / "minus".
// Errors: an unsupported language, an amount beyond ±kMaxAmountInWords, or an ICU failure.
Result<QString> amountInWords(qint64 francs, const QString &language);

} // namespace hectare
