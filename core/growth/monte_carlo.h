#pragma once

#include "growth_inputs.h"

#include "model/error.h"

#include <atomic>
#include <functional>
#include <vector>

namespace hectare {

struct MonteCarloSettings
{
    int runs = 10000;
    quint64 seed = 1;
    int threads = 1;                                  // ≥ 1
    const std::atomic<bool> *cancel = nullptr;        // checked before each run
    std::function<void(double)> progress;             // share of runs done, from the calling thread
};

// Counts over the runs, and every run's demand. Integer counts and per-run slots make the
// outcome the same whatever the number of threads.
struct MonteCarloTally
{
    int runs = 0;
    int months = 0;
    // Runs by exhaustion month, [(scope × kGrowthResourceCount + resource) × (months + 1) + month];
    // month = months counts the runs that did not run out within the horizon.
    std::vector<int> exhaustion;
    // Runs whose demand exceeds capacity, [GrowthInputs::capacityIndex()].
    std::vector<int> exceedance;
    // Run r's demand at [r × demandSize() + GrowthInputs::demandIndex()].
    std::vector<double> demand;

    const int *exhaustionCounts(int scope, int resource) const
    {
        return exhaustion.data() + (std::size_t(scope) * kGrowthResourceCount + std::size_t(resource)) * std::size_t(months + 1);
    }
};

// Runs `runs` independent runs of simulateRun() against `capacity` (growth_capacity.h). Run i
// draws from an std::mt19937_64 seeded with runSeed(seed, i). Fails only when cancelled.
Result<MonteCarloTally> runMonteCarlo(const GrowthInputs &in, const std::vector<double> &capacity,
                                      const MonteCarloSettings &settings);

} // namespace hectare
