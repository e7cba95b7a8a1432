#pragma once

// A quote as CSV (issue 9): one row per line with quantity, unit price, recurrence and amount,
// then the discount, the yearly recurring totals, one-time total, VAT and total — integer francs,
// no thousands separators, so a spreadsheet reads them as numbers. Headers are translated.

#include "model/error.h"
#include "model/quote.h"

#include <QByteArray>

namespace hectare {

Result<QByteArray> quoteCsv(const Quote &quote);

} // namespace hectare
