#pragma once

// Why a load lost power or cooling in a replayed failure scenario (failure_scenario.h): chains of
// causes, from the first event to the loss, as data (for the UI and --json) and as translated text.

#include "reliability_network.h"

#include <QString>

#include <vector>

namespace hectare::reliability {

enum class CauseKind {
    GridOutage,            // index -1; atHours: when the outage began
    GeneratorsStarting,    // index: the generator group; minutes: the plant's start time
    FailedToStart,         // index: the unit (a generator); atHours: the demand
    UnitFailed,            // index: the unit; atHours: the failure
    UnitInMaintenance,     // index: the unit; atHours: from
    CapacityDerated,       // index: the group; factor: the capacity scale (< 1)
    GroupShort,            // index: the group; unitsUp of unitsRequired (k)
    FuelExhausted,         // index -1; atHours: tanks dry; hours: the tank hours
    SourceLost,            // index -1; the site's source (grid and generators) is not carrying the load
    BatteryExhausted,      // index: the path; minutes: the battery time at the present load
    PathDown,              // index: the path
    CoolingRestarting,     // index: the cooling; minutes: the restart time after power returned
    RideThroughExhausted,  // index: the cooling; minutes: the hall's thermal ride-through
    CoolingLost,           // index: the cooling
};

struct CauseStep
{
    CauseKind kind = CauseKind::GridOutage;
    int index = -1;          // into Network::units / groups / paths / coolings, by kind
    double atHours = 0;
    double minutes = 0;
    double hours = 0;
    double factor = 1;
    int unitsUp = 0;
    int unitsRequired = 0;
};

// Read left to right: each step leads to the next; the last one is what the load depends on.
struct CauseChain
{
    std::vector<CauseStep> steps;
};

// "grid outage at 0 h → generator unit 2 failed to start → …", naming objects by their ids.
QString describe(const Network &network, const CauseStep &step);
QString describe(const Network &network, const CauseChain &chain);

} // namespace hectare::reliability
