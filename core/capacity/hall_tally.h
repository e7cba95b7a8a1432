#pragma once

#include "model/site_model.h"

#include <QDate>

#include <vector>

namespace hectare {

// Raw sums for one hall, gathered in a single pass over each of the model's flat vectors
// (racks, PDUs, CRAHs, contracts). computeCapacity() turns them into budgets; keeping the
// gathering apart keeps the id look-ups out of the budget rules.
struct HallTally
{
    // Positions by state, and what the non-blocked ones are designed for.
    int positions = 0;
    int blocked = 0;
    int occupied = 0;
    int reserved = 0;
    int free = 0;
    double footprintM2 = 0;
    double designKwNonBlocked = 0;

    // Weight: nameplate limits, and what the floor lets each position hold.
    double maxWeightKg = 0;
    double allowedKgNonBlocked = 0;
    double allowedKgOccupied = 0;
    double allowedKgReserved = 0;

    // PDUs/RPPs by path, and the UPS groups that feed them (indices into model.upsGroups, each
    // list distinct): all of them, those behind path A or no path, those behind path B or no path.
    double pduRatingKw = 0;
    double pduUsableKwA = 0;
    double pduUsableKwB = 0;
    double pduUsableKwNoPath = 0;
    int pdusOnA = 0;
    int pdusOnB = 0;
    std::vector<int> upsGroups;
    std::vector<int> upsGroupsSideA;
    std::vector<int> upsGroupsSideB;

    double crahInstalledKw = 0;
    double crahUsableKw = 0;

    // Contracts at the report date.
    double committedKw = 0;
    double reservedKw = 0;
    double expectedDrawKw = 0;

    int nonBlocked() const { return positions - blocked; }
};

// Live quote holds (holdsCapacity at asOf) count as reservations: their free positions as
// reserved, their committed kW as reserved kW of their hall.
// One tally per model.halls entry, in the same order. Objects pointing at a hall or row that
// does not exist are left out (the validator reports them).
std::vector<HallTally> tallyHalls(const SiteModel &model, QDate asOf);

} // namespace hectare
