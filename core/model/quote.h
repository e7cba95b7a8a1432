#pragma once

// A colocation quote (issue 9): what a customer asked for, where it would go, what it costs,
// and whether it holds that capacity. Stored in the document (schema 5) with the priced lines
// as they were when issued, so a later change of the price book never changes a quote.
//
// A *reserved* quote holds its rack positions and its kW until the end of its validity day:
// budgets, placement and other quotes treat them as taken. A hold needs no write to expire:
// holdsCapacity() is false from the day after validUntil, and the next write in the file
// records the quote as expired (core/quoting/reservations.h).

#include "ids.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace hectare {

enum class QuoteStatus {
    Issued,      // priced and sent; holds nothing
    Reserved,    // holds its positions and kW until validUntil
    Converted,   // signed: its contract exists and its positions are occupied
    Cancelled,   // released by hand
    Expired,     // its validity passed while reserved (or issued)
};

// Keys as stored: "issued", "reserved", "converted", "cancelled", "expired".
QString toKey(QuoteStatus v);
std::optional<QuoteStatus> quoteStatusFromKey(const QString &key);
QString displayName(QuoteStatus v);

// What the customer asks for.
struct QuoteRequirement
{
    int racks = 0;                 // full rack positions
    double kwPerRack = 0;          // committed kW per rack
    double cageM2 = 0;             // 0: no cage; otherwise the cage is priced per m² around the racks
    bool abFeeds = false;          // every rack fed from path A and path B
    double weightKgPerRack = 0;    // 0: not given (then the position's limit is not checked)
    QDate start;                   // service start
    int termMonths = 12;
    int fibreCrossConnects = 0;
    int copperCrossConnects = 0;
    int remoteHandsHours = 0;      // a block of hours bought with the contract
    qint64 costPerKwMonth = 0;     // francs; 0: not given (no margin shown)

    double committedKw() const { return racks * kwPerRack; }

    bool operator==(const QuoteRequirement &) const = default;
};

// One priced line, frozen when the quote was made.
struct QuoteLineRecord
{
    QString itemKey;   // the price-book item it came from
    QString label;     // as the customer reads it
    bool monthly = true;
    qint64 quantity = 0;
    qint64 unitPrice = 0;

    bool operator==(const QuoteLineRecord &) const = default;
};

struct Quote
{
    Id id = kNoId;
    QString number;      // "Q-2026-0001": unique, what the customer quotes back
    QString customer;
    QString language = QStringLiteral("fr");   // of its PDF: "fr" or "en"
    QuoteRequirement requirement;

    // Placement: the hall and the positions proposed (and held while reserved).
    Id hallId = kNoId;
    std::vector<Id> rackIds;

    // Price, as issued.
    std::vector<QuoteLineRecord> lines;
    int termDiscountBasisPoints = 0;
    int escalatorBasisPoints = 0;
    int vatBasisPoints = 1800;

    QDate issued;
    QDate validUntil;    // the last day the quote (and its hold) is good for
    QuoteStatus status = QuoteStatus::Issued;
    Id tenantId = kNoId;     // set when converted (the tenant may be new)
    Id contractId = kNoId;   // set when converted

    bool operator==(const Quote &) const = default;
};

// True while `quote` holds its positions and kW at `asOf`: reserved, and asOf ≤ validUntil.
bool holdsCapacity(const Quote &quote, QDate asOf);
// True when a reserved or issued quote's validity has passed at `asOf`.
bool hasLapsed(const Quote &quote, QDate asOf);

} // namespace hectare
