#pragma once

// From a requirement and the site's price book to a priced Quote (issue 9): which price-book
// items apply, their quantities, the term discount, escalator and VAT of the book, the quote's
// number and validity. The arithmetic itself is quote_math.h; the lines are frozen in the Quote
// so that a later change of the book never changes an issued quote.

#include "model/error.h"
#include "model/quote.h"
#include "model/site_model.h"
#include "quoting/quote_math.h"

#include <QDate>

namespace hectare {

struct PlacementCandidate;

// The book's terms for a term of `termMonths`: its discount table, escalator and VAT.
QuoteTerms quoteTerms(const PriceBook &book, int termMonths);

// The lines the requirement buys, from the book's items by key (the sample book's keys):
//  - "rack-full" (MRC) × racks;
//  - the committed-kW item of family "power-kw" whose density band holds kwPerRack, × total kW
//    (racks × kwPerRack) rounded to the whole kW, a half up;
//  - "feed-ab" (MRC, per rack) when A/B feeds are asked for;
//  - "cage-m2" (MRC) × m² rounded up, when a cage is asked for;
//  - "xc-fibre" / "xc-copper" (MRC) × count, and their installation "xc-fibre-setup" /
//    "xc-copper-setup" (NRC) × count when the book has them;
//  - "remote-hands" × hours (a block bought with the contract, as the book prices it);
//  - "setup-rack" (NRC) × racks, "setup-cage" (NRC) once with a cage, when the book has them.
// Fails, naming the missing item's key, when the book has no price for something asked for.
Result<std::vector<QuoteLineRecord>> priceRequirement(const PriceBook &book, const QuoteRequirement &requirement);

// A complete quote: lines and terms from the book, placement from `placement` (may be null: not
// placed), number = the next "Q-<year>-<nnnn>" free in the model, issued today, valid until
// today + the book's validity days − 1 (a 30-day quote issued 1 March holds through 30 March).
Result<Quote> buildQuote(const SiteModel &model, const QString &customer, const QuoteRequirement &requirement,
                         const PlacementCandidate *placement, QDate today, const QString &language);

// The figures of an issued quote from its frozen lines and terms.
Result<QuoteTotals> quoteTotals(const Quote &quote);

// Checks a requirement before anything is priced or placed: racks ≥ 1 or a cage, kW > 0 and
// finite, term 1 … 120 months, counts ≥ 0, a valid start date. Errors name the field.
Status validateRequirement(const QuoteRequirement &requirement);

} // namespace hectare
