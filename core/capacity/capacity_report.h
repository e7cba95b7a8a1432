#pragma once

#include "resource.h"

#include "model/ids.h"

#include <QDate>
#include <QString>

#include <array>
#include <limits>
#include <vector>

namespace hectare {

// One resource's budget, in the resource's unit (positions, kW, kg or kVA).
// free = usable − committed − reserved; it goes negative when a resource is over-sold,
// and stays negative so that the over-commitment shows.
struct Budget
{
    double installed = 0;      // nameplate, spares included
    double usable = 0;         // what may be sold while the redundancy is kept
    double committed = 0;      // signed or active contracts (occupied positions for space and weight)
    double reserved = 0;       // reservations not yet signed
    double expectedDraw = 0;   // what the committed contracts are expected to use at the report date
    double free = 0;
};

// Capacity that cannot be sold because another resource ran out first (always ≥ 0).
struct StrandedCapacity
{
    double powerKw = 0;
    double coolingKw = 0;
    int positions = 0;
};

// Free capacity of each resource expressed in racks at the average density, indexed by
// resourceIndex(). NaN where the average is 0 (no positions, or positions with no design kW
// or weight limit): that resource then cannot bind.
using RackEquivalents = std::array<double, kResourceCount>;

struct HallCapacity
{
    Id hallId = kNoId;
    QString hallName;
    double floorAreaM2 = 0;        // shoelace area of the outline
    double rackFootprintM2 = 0;    // Σ width × depth of every position
    int positions = 0;
    int blockedPositions = 0;
    double averageDesignKw = 0;    // mean design kW over non-blocked positions
    double averageAllowedKg = 0;   // mean allowed weight over non-blocked positions

    Budget space, power, cooling, weight;
    // The hall's own power/cooling headroom; power.free and cooling.free are these capped by the site's.
    double localFreePowerKw = 0;
    double localFreeCoolingKw = 0;

    RackEquivalents freeRacks{};
    Resource binding = Resource::Space;
    StrandedCapacity stranded;
};

// The whole site's budgets at one date, from computeCapacity().
struct CapacityReport
{
    QDate asOf;
    std::vector<HallCapacity> halls;

    Budget space, power, cooling, weight, generator;
    double averageDesignKw = 0;
    double averageAllowedKg = 0;
    RackEquivalents freeRacks{};
    Resource binding = Resource::Space;
    StrandedCapacity stranded;

    // The facility load model the power and generator budgets were computed with.
    double upsEfficiency = 1;
    double chillerCop = 0;             // 0: no chillers, so no cooling term in the facility load
    double transformerEfficiency = 1;
    double generatorPowerFactor = 1;
    double auxiliaryKw = 0;

    double facilityKwAtCommitted = 0;    // F(committed IT kW), downstream of the transformers
    double incomingKwAtCommitted = 0;    // F / ηTx
    double pueAtCommitted = std::numeric_limits<double>::quiet_NaN();   // NaN when nothing is committed
    double itKwSupportedByGenerators = 0;
    double itKwSupportedByTransformers = std::numeric_limits<double>::infinity();   // ∞: no transformers
    double generatorFreeItKw = 0;        // generator.free turned into IT kW at the margin

    const Budget &budget(Resource r) const;
};

// A hall's budget for a resource; the generator plant is site-wide, so Resource::Generator
// has no hall budget and returns nullptr.
const Budget *hallBudget(const HallCapacity &hall, Resource r);

} // namespace hectare
