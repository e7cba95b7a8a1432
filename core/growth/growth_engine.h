#pragma once

#include "growth_result.h"

#include "model/error.h"
#include "model/site_model.h"

#include <atomic>
#include <functional>

namespace hectare {

struct GrowthOptions
{
    // Monte Carlo runs; 0: the expected-value projection only. Every run's demand is kept for the
    // percentiles: 16 bytes × runs × (halls + 1) × months (58 MB for 10,000 runs of the sample).
    int runs = 10000;
    quint64 seed = 1;
    int threads = 0;                               // 0: one per core; the result does not depend on it
    std::function<void(double)> progress;          // share done, 0 … 1, called on the calling thread
    const std::atomic<bool> *cancel = nullptr;     // set it to stop: runGrowth() then fails with "cancelled"
};

// When each hall and the site run out of space, power, cooling and generator capacity under
// `scenario`, month by month over its horizon: expected demand, Monte Carlo percentiles and
// exceedance, exhaustion months and the latest decision dates; "when needed" expansions are
// scheduled by the decision rule. docs/growth-model.md gives the assumptions and formulas.
//
// A pure function of (model, scenario, runs, seed): the model is only read, and the same
// arguments give the same result on any number of threads. Fails when the scenario cannot be
// run (no start, no horizon) or when cancelled.
Result<GrowthResult> runGrowth(const SiteModel &model, const Scenario &scenario, const GrowthOptions &options = {});

} // namespace hectare
