#pragma once

// The site's price book (issue 9): what colocation costs, in whole francs CFA (XOF), before any
// quote. One per site, stored in the document (schema 4). Quotes turn its items into lines and
// its terms into QuoteTerms (core/quoting/quote_math.h).

#include "ids.h"

#include <QString>

#include <optional>
#include <vector>

namespace hectare {

enum class PriceKind {
    Monthly,   // MRC: billed every month of the term
    OneTime,   // NRC: billed once
};

enum class PriceUnit { Rack, HalfRack, QuarterRack, SquareMetre, Kilowatt, CrossConnect, Hour, OneOff };

// Keys as stored in the document and in JSON: "mrc", "nrc"; "rack", "half-rack", "quarter-rack",
// "m2", "kW", "cross-connect", "hour", "one-off".
QString toKey(PriceKind v);
QString toKey(PriceUnit v);
std::optional<PriceKind> priceKindFromKey(const QString &key);
std::optional<PriceUnit> priceUnitFromKey(const QString &key);

// One priced item. `key` is stable across renames (quotes refer to it); `name` is what a
// customer reads. A committed-kW item may apply to a density band of kW per rack:
// (densityBandMinKw, densityBandMaxKw], a max of 0 meaning no upper bound; 0/0 is not banded.
// Banded items of one family (the key up to its first ':', e.g. "power-kw:5-10") must not overlap.
struct PriceItem
{
    Id id = kNoId;
    QString key;
    QString name;
    PriceKind kind = PriceKind::Monthly;
    PriceUnit unit = PriceUnit::Rack;
    qint64 unitPrice = 0;   // francs per unit (per month for Monthly)
    double densityBandMinKw = 0;
    double densityBandMaxKw = 0;

    bool isBanded() const { return densityBandMinKw != 0 || densityBandMaxKw != 0; }
    QString family() const { return key.section(QLatin1Char(':'), 0, 0); }

    bool operator==(const PriceItem &) const = default;
};

// "From `months` months of commitment, `basisPoints` off the monthly recurring charges."
// (Named apart from quoting's TermDiscount, which is the same rule inside a quote.)
struct PriceTermDiscount
{
    int months = 12;        // 1 … 120
    int basisPoints = 0;    // 0 … 10000

    bool operator==(const PriceTermDiscount &) const = default;
};

struct PriceBook
{
    QString currency = QStringLiteral("XOF");
    int vatBasisPoints = 1800;        // 18 %
    int escalatorBasisPoints = 0;     // per contract year, from the 13th month on
    int validityDays = 30;            // how long a quote holds
    int renewalMonths = 12;           // a contract renews tacitly for periods of this length (0: no renewal)
    int noticeMonths = 3;             // written notice before the term ends, by either party
    std::vector<PriceItem> items;     // by id
    std::vector<PriceTermDiscount> termDiscounts;   // by months
    bool illustrative = false;        // a sample, not real prices
    QString notes;

    const PriceItem *item(const QString &key) const;

    bool operator==(const PriceBook &) const = default;
};

} // namespace hectare
