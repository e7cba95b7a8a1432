#pragma once

// Where a customer's racks could go (issue 9): every hall is checked for space, power, cooling,
// weight and A/B redundancy now, and over the quote's term against the base growth scenario's
// median demand (P50, a refusal) and its P90 (a warning). Positions held by live reservations
// count as taken. Candidates prefer one contiguous run of positions and leave the least
// design power stranded; a hall that cannot take the requirement says which resource is short
// and by how much. docs/quote-placement.md gives the rules.

#include "capacity/resource.h"
#include "model/ids.h"
#include "model/quote.h"
#include "model/site_model.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace hectare {

struct GrowthResult;

// What one hall lacks for the requirement: `needed` vs `available` in the resource's unit
// (positions or kW; the site's generators in the IT kW they can still carry); `month` is the month from the quote's start at which the forecast runs
// short (nullopt: short now).
struct Shortfall
{
    Resource resource = Resource::Space;
    double needed = 0;
    double available = 0;
    std::optional<int> month;
    bool forecast = false;   // from the growth forecast (P50) rather than today's budgets

    double missing() const { return needed - available; }
};

// A run of positions in one row, in order along the row.
struct PositionRun
{
    Id rowId = kNoId;
    QString rowName;
    std::vector<Id> rackIds;
    QString firstRack, lastRack;
};

struct PlacementCandidate
{
    Id hallId = kNoId;
    QString hallName;
    std::vector<PositionRun> runs;        // one run when contiguous
    std::vector<Id> rackIds;              // every position, run by run
    bool contiguous = false;
    double strandedDesignKw = 0;          // Σ (position design kW − kW per rack) over the chosen positions
    int orphanedPositions = 0;            // free positions left in runs too short for this requirement
    // Headroom after placing, at the tightest month of the term (P50): kW and positions.
    double powerHeadroomKw = 0;
    double coolingHeadroomKw = 0;
    double spaceHeadroom = 0;
    std::vector<Shortfall> p90Warnings;   // resources the P90 demand exhausts within the term
    double score = 0;                     // lower is better
    QStringList reasons;                  // translated, for a salesperson
};

struct HallRefusal
{
    Id hallId = kNoId;
    QString hallName;
    std::vector<Shortfall> shortfalls;    // every resource that is short, now or over the term
    QString reason;                       // translated, one sentence naming resource and amount
};

struct PlacementResult
{
    std::vector<PlacementCandidate> candidates;   // best first; empty when nothing fits
    std::vector<HallRefusal> refusals;            // halls that cannot take the requirement
    QString forecastScenario;                     // "" when no growth forecast was used
    bool placed() const { return !candidates.empty(); }
};

struct PlacementOptions
{
    QDate asOf;                                 // today: holds and budgets at this date
    const GrowthResult *forecast = nullptr;     // the base scenario's run; nullptr: now only
    Id excludeQuoteId = kNoId;                  // a quote whose own hold should not count (re-placing it)
    int maxCandidates = 5;
};

// Ranks the places the requirement fits. Pure: reads the model and the forecast only.
PlacementResult findPlacements(const SiteModel &model, const QuoteRequirement &requirement,
                               const PlacementOptions &options);

// The scenario placement checks against: the one called "Base" (any case), else the first; nullptr if none.
const Scenario *baseScenario(const SiteModel &model);

} // namespace hectare
