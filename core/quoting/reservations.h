#pragma once

// Reservations that really block (issue 9). Every change to quotes is one QuoteChange, written
// by applyQuoteChange() inside Document::change's transaction (BEGIN IMMEDIATE, so writers in
// other processes wait). When a change makes a quote hold capacity, the hold is checked against
// the file as it is *inside* that transaction, not against a copy read earlier: two salespeople
// racing for the same positions or the last kW of a hall cannot both win. The schema backs it:
// quote_hold has one row per held position, its rack id the primary key.
//
// Lapsed holds need no write to stop counting (holdsCapacity()); every applyQuoteChange()
// first records them as expired and deletes their hold rows.

#include "model/error.h"
#include "model/quote.h"
#include "model/site_model.h"

#include <QDate>
#include <QSet>

#include <optional>
#include <vector>

namespace hectare {

class SqliteConnection;

// Before/after images of everything a quote action touches; an absent image means "does not
// exist" on that side (insert or delete). Undo applies inverseOf(change).
struct QuoteChange
{
    std::optional<Quote> quoteBefore, quoteAfter;
    std::optional<Tenant> tenantBefore, tenantAfter;       // conversion may create the tenant
    std::optional<Contract> contractBefore, contractAfter;
    std::vector<Rack> racksBefore, racksAfter;             // same racks, same order

    bool isEmpty() const;
};

QuoteChange inverseOf(const QuoteChange &change);

// Issue `quote` (status Issued or Reserved, id and number free).
QuoteChange issueQuoteChange(const Quote &quote);
// Reserve an issued, still valid quote's positions.
Result<QuoteChange> reserveQuoteChange(const SiteModel &model, Id quoteId, QDate today);
// Convert a signed quote: the tenant (an existing one of the customer's name, else a new one),
// a signed contract in its hall (racks, kW, start, end = start + term), its positions occupied by
// the tenant, the quote Converted. Refused when the quote has no placement or has lapsed.
Result<QuoteChange> convertQuoteChange(const SiteModel &model, Id quoteId, QDate today);
// Cancel an issued or reserved quote, releasing its hold.
Result<QuoteChange> cancelQuoteChange(const SiteModel &model, Id quoteId);

// Why `quote` cannot hold its positions and kW in `model` at `today`, or success: each position
// exists, stands in the quote's hall, is free (not blocked, occupied or reserved) and not held by
// another live quote; and the hall's free power and cooling (which already count other live
// holds) cover the requirement's committed kW. Errors name the quote, position and resource.
Status checkHold(const SiteModel &model, const Quote &quote, QDate today);

// Writes `change`: first lapsed quotes become Expired (their holds released), then the change.
// When the change makes a quote hold capacity it re-reads the model from `db` and runs checkHold.
// Call inside a transaction (Document::change).
Status applyQuoteChange(SqliteConnection &db, const QuoteChange &change, QDate today);

// Records every lapsed quote as Expired and releases its hold rows (no-op when none has lapsed).
Status expireLapsedQuotes(SqliteConnection &db, QDate today);

// The next free quote number for `year`: "Q-2026-0001", "Q-2026-0002", …
QString nextQuoteNumber(const SiteModel &model, int year);
Id nextQuoteId(const SiteModel &model);

// The positions live quotes other than `except` hold at `asOf`: free in the file, shown and counted
// as reserved.
QSet<Id> heldRackIds(const SiteModel &model, QDate asOf, Id except = kNoId);
// A rack's state as people should see it at `asOf`: a free position a live quote holds is reserved.
RackState shownState(const Rack &rack, const QSet<Id> &held);

// Live holds at `asOf`, most urgent expiry first.
std::vector<const Quote *> liveHolds(const SiteModel &model, QDate asOf);

} // namespace hectare
