#pragma once

#include "model/quote.h"
#include "model/tenant.h"

#include <QDate>

namespace hectare {

// A contract holds capacity at `asOf` when it is signed or active and has not ended.
// A signed contract that starts later still holds its capacity: it has been sold.
bool isCommitted(const Contract &contract, QDate asOf);
// A reservation holds capacity until it is signed or released; quoted and ended hold nothing.
bool isReserved(const Contract &contract);

// What a live quote hold amounts to as a contract: a reservation of its racks and committed kW
// in its hall from its start date, for its term (id kNoId: it is not in the model).
Contract heldAsContract(const Quote &quote);

// Whole months from `from` to `to`: the year/month difference, less one when the day of
// the month has not been reached yet (15 Jan → 14 Jul is 5, → 15 Jul is 6). −(to → from) when to < from.
int wholeMonthsBetween(QDate from, QDate to);

// Share of the committed kW drawn at `asOf`: 0 before the start, then
// s + (1 − s) × min(1, m / rampMonths) with s = rampStartPct / 100 and m whole months
// since the start. rampMonths ≤ 0 means the full commitment from the start date.
// A contract without a start date is taken as started long ago (fully ramped).
double rampFactor(const Contract &contract, QDate asOf);

// Expected IT draw at `asOf` in kW: committedKw × drawRatio × ramp. Counts committed contracts only.
double expectedDrawKw(const Contract &contract, QDate asOf);

} // namespace hectare
