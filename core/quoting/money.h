#pragma once

// Money arithmetic for quotes: whole francs CFA (XOF) in a qint64, integer arithmetic only.
// Rounding, wherever a fraction of a franc appears: to the nearest franc, a half away from
// zero (2.5 → 3, −2.5 → −3), computed exactly on 128-bit integers (docs/quote-arithmetic.md).
// Every operation that could overflow returns std::nullopt instead of wrapping.

#include <QtGlobal>

#include <limits>
#include <optional>

namespace hectare {

// Whole francs CFA (XOF). The franc has no subunit in use.
using Money = qint64;

// A rate in hundredths of a percent: 1800 = 18 %, 250 = 2.5 %, 10000 = 100 %.
using BasisPoints = qint64;
inline constexpr BasisPoints kBasisPointsPerWhole = 10000;

// The fixed peg: 1 EUR = 655.957 XOF, written as 655957 XOF per 1000 EUR.
inline constexpr qint64 kXofPerThousandEur = 655957;

namespace money {

// 128 bits hold any qint64 × qint64 product, so a ratio of Money is exact before rounding.
// (__extension__ keeps -Wpedantic quiet about the GCC/Clang type.)
__extension__ using Wide = __int128;

// numerator / denominator rounded to the nearest integer, a half away from zero; denominator ≠ 0.
inline Wide divideRounded(Wide numerator, Wide denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Wide quotient = numerator / denominator;   // truncates towards zero
    const Wide remainder = numerator % denominator;  // same sign as the numerator
    const Wide twiceRest = remainder < 0 ? -2 * remainder : 2 * remainder;
    if (twiceRest >= denominator)
        return quotient + (numerator < 0 ? -1 : 1);
    return quotient;
}

// A Wide value as Money, or nullopt when it does not fit in a qint64.
inline std::optional<Money> narrow(Wide value)
{
    if (value > Wide(std::numeric_limits<Money>::max()) || value < Wide(std::numeric_limits<Money>::min()))
        return std::nullopt;
    return Money(value);
}

inline std::optional<Money> add(Money a, Money b)
{
    Money sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return std::nullopt;
    return sum;
}

inline std::optional<Money> subtract(Money a, Money b)
{
    Money difference = 0;
    if (__builtin_sub_overflow(a, b, &difference))
        return std::nullopt;
    return difference;
}

inline std::optional<Money> multiply(Money amount, qint64 factor)
{
    Money product = 0;
    if (__builtin_mul_overflow(amount, factor, &product))
        return std::nullopt;
    return product;
}

// amount × numerator / denominator, rounded once to the franc (half away from zero).
// nullopt when the denominator is 0 or the result does not fit in Money.
inline std::optional<Money> scaleRounded(Money amount, qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return narrow(divideRounded(Wide(amount) * numerator, denominator));
}

// `rate` of `amount`, rounded to the franc: percentOf(1'000'000, 1800) = 180'000 (18 %).
inline std::optional<Money> percentOf(Money amount, BasisPoints rate)
{
    return scaleRounded(amount, rate, kBasisPointsPerWhole);
}

// The euro equivalent at the fixed peg, in euro cents rounded half away from zero:
// cents = xof × 100 × 1000 / 655957. Cannot overflow: |result| < |xof|.
inline qint64 xofToEurCents(Money xof)
{
    return qint64(divideRounded(Wide(xof) * 100 * 1000, kXofPerThousandEur));
}

} // namespace money
} // namespace hectare
