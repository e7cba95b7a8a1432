#include "quoting/quote_math.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace hectare {

namespace {

QString quoted(const QString &name) { return QLatin1Char('"') + name + QLatin1Char('"'); }

QString linePath(const QuoteLine &line)
{
    return QCoreApplication::translate("hectare::QuoteMath", "Quote line %1").arg(quoted(line.label));
}

QString termsPath() { return QCoreApplication::translate("hectare::QuoteMath", "Quote terms"); }

QString totalsPath() { return QCoreApplication::translate("hectare::QuoteMath", "Quote totals"); }

Error tooLarge(const QString &where, const QString &field)
{
    return Error{where, QCoreApplication::translate("hectare::QuoteMath", "%1 is too large to compute in francs")
                            .arg(field)};
}

Error outOfRange(const QString &where, const QString &field, qint64 value, qint64 lo, qint64 hi)
{
    return Error{where, QCoreApplication::translate("hectare::QuoteMath", "%1 is %2, must be between %3 and %4")
                            .arg(field).arg(value).arg(lo).arg(hi)};
}

std::optional<Error> validateTerms(const QuoteTerms &terms)
{
    const QString where = termsPath();
    if (terms.termMonths < 1 || terms.termMonths > kMaxTermMonths)
        return outOfRange(where, QCoreApplication::translate("hectare::QuoteMath", "term (months)"),
                          terms.termMonths, 1, kMaxTermMonths);
    if (terms.annualEscalator < 0 || terms.annualEscalator > kBasisPointsPerWhole)
        return outOfRange(where, QCoreApplication::translate("hectare::QuoteMath", "annual escalator (basis points)"),
                          terms.annualEscalator, 0, kBasisPointsPerWhole);
    if (terms.vatRate < 0 || terms.vatRate > kBasisPointsPerWhole)
        return outOfRange(where, QCoreApplication::translate("hectare::QuoteMath", "VAT rate (basis points)"),
                          terms.vatRate, 0, kBasisPointsPerWhole);
    for (const TermDiscount &d : terms.termDiscounts) {
        if (d.discount < 0 || d.discount > kBasisPointsPerWhole)
            return outOfRange(where,
                              QCoreApplication::translate("hectare::QuoteMath", "discount for %1 months (basis points)")
                                  .arg(d.months),
                              d.discount, 0, kBasisPointsPerWhole);
    }
    return std::nullopt;
}

} // namespace

BasisPoints termDiscountFor(const std::vector<TermDiscount> &table, int termMonths)
{
    int bestMonths = -1;
    BasisPoints rate = 0;
    for (const TermDiscount &d : table) {
        if (d.months <= termMonths && d.months > bestMonths) {
            bestMonths = d.months;
            rate = d.discount;
        }
    }
    return rate;
}

std::optional<Money> escalatedMonthly(Money monthly, BasisPoints annualEscalator, int year)
{
    if (year < 1)
        return std::nullopt;
    // monthly × (10000 + e)^(year−1) / 10000^(year−1), both powers and the product exact in
    // 128 bits: (2 × 10^4)^4 × 2^63 < 2^127, so five years always fit.
    money::Wide numerator = monthly;
    money::Wide denominator = 1;
    for (int k = 1; k < year; ++k) {
        if (__builtin_mul_overflow(numerator, money::Wide(kBasisPointsPerWhole + annualEscalator), &numerator)
            || __builtin_mul_overflow(denominator, money::Wide(kBasisPointsPerWhole), &denominator))
            return std::nullopt;
    }
    return money::narrow(money::divideRounded(numerator, denominator));
}

Result<QuoteTotals> computeQuote(const std::vector<QuoteLine> &lines, const QuoteTerms &terms)
{
    if (const std::optional<Error> error = validateTerms(terms))
        return *error;

    QuoteTotals t;
    t.lineAmounts.reserve(lines.size());
    for (const QuoteLine &line : lines) {
        if (line.quantity < 0)
            return Error{linePath(line), QCoreApplication::translate("hectare::QuoteMath", "quantity must be ≥ 0")};
        if (line.unitPrice < 0)
            return Error{linePath(line), QCoreApplication::translate("hectare::QuoteMath", "unit price must be ≥ 0")};
        const std::optional<Money> amount = money::multiply(line.unitPrice, line.quantity);
        if (!amount)
            return tooLarge(linePath(line), QCoreApplication::translate("hectare::QuoteMath", "quantity × unit price"));
        Money &sum = line.recurrence == Recurrence::Monthly ? t.mrcSubtotal : t.nrcTotal;
        const std::optional<Money> newSum = money::add(sum, *amount);
        if (!newSum)
            return tooLarge(totalsPath(), line.recurrence == Recurrence::Monthly
                                              ? QCoreApplication::translate("hectare::QuoteMath", "the monthly subtotal")
                                              : QCoreApplication::translate("hectare::QuoteMath", "the one-time total"));
        sum = *newSum;
        t.lineAmounts.push_back(*amount);
    }

    // The discount is a rate of the whole monthly subtotal, rounded once, so that it appears as
    // one discount line and the net is exactly subtotal − discount. Rates ≤ 100 %: no overflow.
    t.termDiscountRate = termDiscountFor(terms.termDiscounts, terms.termMonths);
    t.termDiscount = *money::percentOf(t.mrcSubtotal, t.termDiscountRate);
    t.mrcNet = t.mrcSubtotal - t.termDiscount;

    const QString recurringField = QCoreApplication::translate("hectare::QuoteMath", "the recurring total over the term");
    for (int start = 0, year = 1; start < terms.termMonths; start += 12, ++year) {
        ContractYear y;
        y.year = year;
        y.months = std::min(12, terms.termMonths - start);
        const std::optional<Money> monthly = escalatedMonthly(t.mrcNet, terms.annualEscalator, year);
        const std::optional<Money> total = monthly ? money::multiply(*monthly, y.months) : std::nullopt;
        const std::optional<Money> sum = total ? money::add(t.recurringTotal, *total) : std::nullopt;
        if (!sum)
            return tooLarge(totalsPath(), recurringField);
        y.monthly = *monthly;
        y.total = *total;
        t.recurringTotal = *sum;
        t.years.push_back(y);
    }

    const std::optional<Money> exVat = money::add(t.nrcTotal, t.recurringTotal);
    if (!exVat)
        return tooLarge(totalsPath(), QCoreApplication::translate("hectare::QuoteMath", "the total before VAT"));
    t.totalExVat = *exVat;
    // VAT on the total of the rounded lines, rounded once (not a sum of per-line VAT amounts).
    t.vatRate = terms.vatRate;
    t.vat = *money::percentOf(t.totalExVat, t.vatRate);   // rate ≤ 100 %: fits
    const std::optional<Money> incVat = money::add(t.totalExVat, t.vat);
    if (!incVat)
        return tooLarge(totalsPath(), QCoreApplication::translate("hectare::QuoteMath", "the total including VAT"));
    t.totalIncVat = *incVat;
    return t;
}

Result<MarginPerKw> marginPerKw(Money monthlyMrc, double committedKw, Money costPerKwMonth)
{
    const QString where = QCoreApplication::translate("hectare::QuoteMath", "Margin per kW");
    // Whole watts keep the division in integers; a kW figure finer than a watt is noise.
    const double watts = std::round(committedKw * 1000.0);
    if (!(watts >= 1.0) || watts > 1e15)   // NaN fails the first test
        return Error{where, QCoreApplication::translate("hectare::QuoteMath", "committed kW must be > 0")};
    MarginPerKw m;
    // monthly × 1000 / watts is at most 1000 × |monthly|, which may not fit: checked.
    const std::optional<Money> revenue = money::scaleRounded(monthlyMrc, 1000, qint64(watts));
    const std::optional<Money> margin = revenue ? money::subtract(*revenue, costPerKwMonth) : std::nullopt;
    if (!margin)
        return tooLarge(where, QCoreApplication::translate("hectare::QuoteMath", "the margin per kW"));
    m.revenuePerKwMonth = *revenue;
    m.marginPerKwMonth = *margin;
    return m;
}

} // namespace hectare
