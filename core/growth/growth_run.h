#pragma once

#include "growth_inputs.h"
#include "growth_random.h"

#include <utility>
#include <vector>

namespace hectare {

// Working memory of one Monte Carlo run, reused from run to run by one thread.
struct RunScratch
{
    std::vector<double> demand;                  // GrowthInputs::demandIndex()
    std::vector<std::pair<int, int>> signings;   // (sign month, prospect) of the prospects that sign
};

// One run's demand for every scope, series and month, in scratch.demand. Draws, in this order:
// for each churnable contract one uniform for its early exit (when the scenario has early exits)
// and one per term end reached (when it has non-renewals); for each prospect three, whether it
// signs and the two halves of its sign-month offset.
void simulateRun(const GrowthInputs &in, const std::vector<double> &capacity, growth::RunRandom &random,
                 RunScratch &scratch);

} // namespace hectare
