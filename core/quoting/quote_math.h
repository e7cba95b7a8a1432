#pragma once

// The arithmetic of a quote: lines, term discount, annual escalator, VAT, totals over the term,
// and margin per kW. Pure functions of their inputs, integer francs throughout; the rounding
// rules are in money.h and docs/quote-arithmetic.md.

#include "model/error.h"
#include "quoting/money.h"

#include <QString>

#include <vector>

namespace hectare {

enum class Recurrence {
    Monthly,   // MRC: billed every month of the term
    OneTime,   // NRC: billed once, at the start
};

// One priced item: quantity × unit price, both whole numbers, so a line is exact.
struct QuoteLine
{
    QString label;              // "Full rack", "Cross-connect (fibre)" — names the line in errors
    Recurrence recurrence = Recurrence::Monthly;
    qint64 quantity = 0;        // ≥ 0: racks, m², kW, cross-connects, hours
    Money unitPrice = 0;        // ≥ 0, francs per unit (per month for Monthly)
};

// "From `months` months of commitment, `discount` off the monthly recurring charges."
struct TermDiscount
{
    int months = 0;
    BasisPoints discount = 0;
};

inline constexpr BasisPoints kDefaultVatRate = 1800;   // 18 %, Togo and the WAEMU default
inline constexpr int kMaxTermMonths = 120;

struct QuoteTerms
{
    int termMonths = 12;                      // 1 … kMaxTermMonths
    std::vector<TermDiscount> termDiscounts;  // e.g. {12, 0}, {24, 500}, {36, 1000}, {60, 1500}
    BasisPoints annualEscalator = 0;          // 0 … 10000; applies from the 13th month on
    BasisPoints vatRate = kDefaultVatRate;    // 0 … 10000
};

// The monthly recurring charge during one contract year (months 1–12 are year 1, and so on;
// the last year may be shorter than 12 months).
struct ContractYear
{
    int year = 1;
    int months = 12;
    Money monthly = 0;   // net MRC of year 1 escalated, rounded to the franc
    Money total = 0;     // monthly × months
};

struct QuoteTotals
{
    std::vector<Money> lineAmounts;   // quantity × unitPrice, in the order of the lines
    Money mrcSubtotal = 0;            // Σ monthly lines, before the term discount
    BasisPoints termDiscountRate = 0;
    Money termDiscount = 0;           // per month
    Money mrcNet = 0;                 // per month in year 1: mrcSubtotal − termDiscount
    std::vector<ContractYear> years;
    Money recurringTotal = 0;         // Σ years' totals
    Money nrcTotal = 0;               // Σ one-time lines (no term discount, no escalator)
    Money totalExVat = 0;             // nrcTotal + recurringTotal
    BasisPoints vatRate = 0;
    Money vat = 0;                    // vatRate of totalExVat, rounded once
    Money totalIncVat = 0;
};

// The discount for a term: that of the longest threshold not longer than the term
// (a 48-month term gets the 36-month rate); 0 when no threshold is reached.
BasisPoints termDiscountFor(const std::vector<TermDiscount> &table, int termMonths);

// The monthly amount in contract year `year` (1-based): monthly × (1 + escalator)^(year − 1),
// computed exactly and rounded once to the franc. Exact for any Money up to year 5 (60 months);
// nullopt if the result or, in longer terms, the exact intermediate does not fit.
std::optional<Money> escalatedMonthly(Money monthly, BasisPoints annualEscalator, int year);

// Every figure of a quote, or an Error naming the line or field that is invalid or too large.
Result<QuoteTotals> computeQuote(const std::vector<QuoteLine> &lines, const QuoteTerms &terms);

struct MarginPerKw
{
    Money revenuePerKwMonth = 0;   // monthly MRC / committed kW, rounded to the franc
    Money marginPerKwMonth = 0;    // revenue − cost per kW per month
};

// Monthly revenue and margin per committed kW, given the cost of delivering one kW for a month
// (power, cooling, space). committedKw is counted in whole watts (rounded) and must be > 0.
Result<MarginPerKw> marginPerKw(Money monthlyMrc, double committedKw, Money costPerKwMonth);

} // namespace hectare
