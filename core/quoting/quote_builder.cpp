#include "quoting/quote_builder.h"

#include "quoting/placement.h"
#include "quoting/reservations.h"

#include <QCoreApplication>

#include <cmath>

namespace hectare {
namespace {


QString requirementPath() { return QCoreApplication::translate("hectare::QuoteBuilder", "Requirement"); }

Error missingItem(const QString &key)
{
    return Error{QCoreApplication::translate("hectare::QuoteBuilder", "Price book"), QCoreApplication::translate("hectare::QuoteBuilder", "has no item \"%1\", needed for this requirement").arg(key)};
}

// The committed-kW item whose band (min, max] holds the density; an unbanded "power-kw" item
// prices every density.
const PriceItem *powerItemFor(const PriceBook &book, double kwPerRack)
{
    const PriceItem *unbanded = nullptr;
    for (const PriceItem &item : book.items) {
        if (item.family() != QLatin1String("power-kw") || item.unit != PriceUnit::Kilowatt)
            continue;
        if (!item.isBanded()) {
            unbanded = &item;
            continue;
        }
        const bool aboveMin = kwPerRack > item.densityBandMinKw;
        const bool withinMax = item.densityBandMaxKw == 0 || kwPerRack <= item.densityBandMaxKw;
        if (aboveMin && withinMax)
            return &item;
    }
    return unbanded;
}

QuoteLineRecord lineFrom(const PriceItem &item, qint64 quantity)
{
    return QuoteLineRecord{item.key, item.name, item.kind == PriceKind::Monthly, quantity, item.unitPrice};
}

} // namespace

QuoteTerms quoteTerms(const PriceBook &book, int termMonths)
{
    QuoteTerms terms;
    terms.termMonths = termMonths;
    for (const PriceTermDiscount &d : book.termDiscounts)
        terms.termDiscounts.push_back(TermDiscount{d.months, d.basisPoints});
    terms.annualEscalator = book.escalatorBasisPoints;
    terms.vatRate = book.vatBasisPoints;
    return terms;
}

Status validateRequirement(const QuoteRequirement &r)
{
    const QString where = requirementPath();
    if (r.racks < 0)
        return Error{where, QCoreApplication::translate("hectare::QuoteBuilder", "racks must be 0 or more (got %1)").arg(r.racks)};
    if (r.racks == 0 && r.cageM2 <= 0)
        return Error{where, QCoreApplication::translate("hectare::QuoteBuilder", "asks for nothing: give a number of racks or a cage area")};
    if (!std::isfinite(r.kwPerRack) || r.kwPerRack < 0 || (r.racks > 0 && r.kwPerRack <= 0))
        return Error{where, QCoreApplication::translate("hectare::QuoteBuilder", "kW per rack must be greater than 0 (got %1)").arg(r.kwPerRack)};
    if (!std::isfinite(r.cageM2) || r.cageM2 < 0)
        return Error{where, QCoreApplication::translate("hectare::QuoteBuilder", "cage area must be 0 or more m² (got %1)").arg(r.cageM2)};
    if (!std::isfinite(r.weightKgPerRack) || r.weightKgPerRack < 0)
        return Error{where, QCoreApplication::translate("hectare::QuoteBuilder", "weight per rack must be 0 or more kg (got %1)").arg(r.weightKgPerRack)};
    if (!r.start.isValid())
        return Error{where, QCoreApplication::translate("hectare::QuoteBuilder", "the start date is missing or invalid")};
    if (r.termMonths < 1 || r.termMonths > kMaxTermMonths)
        return Error{where, QCoreApplication::translate("hectare::QuoteBuilder", "term must be 1 to %1 months (got %2)").arg(kMaxTermMonths).arg(r.termMonths)};
    if (r.fibreCrossConnects < 0 || r.copperCrossConnects < 0)
        return Error{where, QCoreApplication::translate("hectare::QuoteBuilder", "cross-connects must be 0 or more")};
    if (r.remoteHandsHours < 0)
        return Error{where, QCoreApplication::translate("hectare::QuoteBuilder", "remote hands hours must be 0 or more (got %1)").arg(r.remoteHandsHours)};
    if (r.costPerKwMonth < 0)
        return Error{where, QCoreApplication::translate("hectare::QuoteBuilder", "cost per kW per month must be 0 or more (got %1)").arg(r.costPerKwMonth)};
    return {};
}

Result<std::vector<QuoteLineRecord>> priceRequirement(const PriceBook &book, const QuoteRequirement &r)
{
    if (Status status = validateRequirement(r); !status)
        return status.error();
    std::vector<QuoteLineRecord> lines;
    auto required = [&](const QString &key, qint64 quantity) -> std::optional<Error> {
        if (quantity <= 0)
            return std::nullopt;
        const PriceItem *item = book.item(key);
        if (!item)
            return missingItem(key);
        lines.push_back(lineFrom(*item, quantity));
        return std::nullopt;
    };
    auto optional = [&](const QString &key, qint64 quantity) {
        if (const PriceItem *item = book.item(key); item && quantity > 0)
            lines.push_back(lineFrom(*item, quantity));
    };

    if (auto error = required(QStringLiteral("rack-full"), r.racks))
        return *error;
    if (r.racks > 0) {
        const PriceItem *power = powerItemFor(book, r.kwPerRack);
        if (!power)
            return missingItem(QStringLiteral("power-kw"));
        // Committed kW are sold in whole kW, a half up (4 × 2.5 kW = 10 kW; 3 × 1.5 kW = 4.5 → 5 kW).
        lines.push_back(lineFrom(*power, qint64(std::floor(r.committedKw() + 0.5))));
    }
    if (r.abFeeds) {
        if (auto error = required(QStringLiteral("feed-ab"), r.racks))
            return *error;
    }
    if (auto error = required(QStringLiteral("cage-m2"), qint64(std::ceil(r.cageM2 - 1e-9))))
        return *error;
    if (auto error = required(QStringLiteral("xc-fibre"), r.fibreCrossConnects))
        return *error;
    if (auto error = required(QStringLiteral("xc-copper"), r.copperCrossConnects))
        return *error;
    if (auto error = required(QStringLiteral("remote-hands"), r.remoteHandsHours))
        return *error;
    optional(QStringLiteral("setup-rack"), r.racks);
    optional(QStringLiteral("setup-cage"), r.cageM2 > 0 ? 1 : 0);
    optional(QStringLiteral("xc-fibre-setup"), r.fibreCrossConnects);
    optional(QStringLiteral("xc-copper-setup"), r.copperCrossConnects);
    return lines;
}

Result<Quote> buildQuote(const SiteModel &model, const QString &customer, const QuoteRequirement &requirement,
                         const PlacementCandidate *placement, QDate today, const QString &language)
{
    if (customer.trimmed().isEmpty())
        return Error{QCoreApplication::translate("hectare::QuoteBuilder", "Quote"), QCoreApplication::translate("hectare::QuoteBuilder", "the customer's name is missing")};
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return Error{QCoreApplication::translate("hectare::QuoteBuilder", "Quote"), QCoreApplication::translate("hectare::QuoteBuilder", "language must be \"fr\" or \"en\" (got \"%1\")").arg(language)};
    Result<std::vector<QuoteLineRecord>> lines = priceRequirement(model.priceBook, requirement);
    if (!lines)
        return lines.error();

    Quote quote;
    quote.id = nextQuoteId(model);
    quote.number = nextQuoteNumber(model, today.year());
    quote.customer = customer.trimmed();
    quote.language = language;
    quote.requirement = requirement;
    if (placement) {
        quote.hallId = placement->hallId;
        quote.rackIds = placement->rackIds;
    }
    quote.lines = std::move(lines.value());
    const QuoteTerms terms = quoteTerms(model.priceBook, requirement.termMonths);
    quote.termDiscountBasisPoints = int(termDiscountFor(terms.termDiscounts, requirement.termMonths));
    quote.escalatorBasisPoints = int(terms.annualEscalator);
    quote.vatBasisPoints = int(terms.vatRate);
    quote.issued = today;
    quote.validUntil = today.addDays(std::max(1, model.priceBook.validityDays) - 1);
    quote.status = QuoteStatus::Issued;

    // Refuse now what the totals could not compute (an amount too large), not at PDF time.
    if (Result<QuoteTotals> totals = quoteTotals(quote); !totals)
        return totals.error();
    return quote;
}

Result<QuoteTotals> quoteTotals(const Quote &quote)
{
    std::vector<QuoteLine> lines;
    lines.reserve(quote.lines.size());
    for (const QuoteLineRecord &l : quote.lines)
        lines.push_back(QuoteLine{l.label, l.monthly ? Recurrence::Monthly : Recurrence::OneTime, l.quantity, l.unitPrice});
    QuoteTerms terms;
    terms.termMonths = quote.requirement.termMonths;
    // The discount was settled when the quote was issued: a one-entry table applying it to any term.
    terms.termDiscounts = {TermDiscount{1, quote.termDiscountBasisPoints}};
    terms.annualEscalator = quote.escalatorBasisPoints;
    terms.vatRate = quote.vatBasisPoints;
    return computeQuote(lines, terms);
}

} // namespace hectare
