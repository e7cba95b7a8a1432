#pragma once

// Availability Monte Carlo over simulated years of a Network (reliability_network.h): exponential
// failures and repairs of every unit, grid outages, generator fail-to-start and running failures,
// fuel, UPS batteries and thermal ride-through. See docs/availability-model.md.

#include "reliability_network.h"

#include "model/error.h"

#include <atomic>
#include <functional>
#include <vector>

namespace hectare::reliability {

struct AvailabilityOptions
{
    int years = 100000;
    quint64 seed = 1;
    int threads = 1;                              // ≥ 1; the result does not depend on it
    const std::atomic<bool> *cancel = nullptr;    // checked before each year
    std::function<void(double)> progress;         // share of years done, from the calling thread
    bool importance = true;                       // rank the units by the site downtime they cause
    // Sets of loads (indices into Network::loads), each down while any of its loads is down: a
    // tenant's loads, a hall's. Figures come back in AvailabilityResult::sets, in this order.
    std::vector<std::vector<int>> loadSets;
};

struct AvailabilityFigures
{
    double availability = 1;            // 1 − mean downtime / 8,760 h
    double downtimeHoursPerYear = 0;    // mean over the years
    double downtimeSigma = 0;           // standard error of that mean, from the spread between years
    double downtimeP90Hours = 0;        // 90th percentile of a year's downtime (to ±3 %, histogram)
    double noOutageYearShare = 1;       // share of years without any downtime
    double interruptionsPerYear = 0;    // mean number of separate outages a year

    double availabilitySigma() const { return downtimeSigma / kHoursPerYear; }
};

// Fussell–Vesely-like importance: the share of the site's downtime that would not have happened had
// this item never failed, measured on the same years (common random numbers). Hours that needed
// several failures at once (both sides of a 2N pair) count for each of them; hours that either of
// two overlapping failures would have caused alone (two units of a series) count for neither. So
// the shares need not add up to 1.
struct ImportanceEntry
{
    int unit = -1;              // index into Network::units; -1: the utility grid
    double downtimeShare = 0;
};

struct AvailabilityResult
{
    int years = 0;
    std::vector<AvailabilityFigures> loads;      // as Network::loads
    std::vector<AvailabilityFigures> paths;      // as Network::paths
    std::vector<AvailabilityFigures> coolings;   // as Network::coolings
    AvailabilityFigures site;                    // down while any load is down
    std::vector<AvailabilityFigures> sets;       // as AvailabilityOptions::loadSets
    std::vector<ImportanceEntry> importance;     // items that caused site downtime, largest share first
    std::vector<qint64> siteDowntimeHistogram;   // years by site downtime (downtime_histogram.h)
};

// Year y draws from a generator seeded with runSeed(seed, y) (growth_random.h), and sums are taken
// over fixed blocks of years in order, so the result is the same for any thread count. Fails when
// the network is invalid or the run is cancelled.
Result<AvailabilityResult> runAvailability(const Network &network, const AvailabilityOptions &options);

} // namespace hectare::reliability
