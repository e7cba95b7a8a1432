#pragma once

// Private to core/growth: from one pass's numbers to the exhaustion table and the GrowthResult.

#include "decision_date.h"
#include "growth_inputs.h"
#include "growth_result.h"
#include "monte_carlo.h"

#include <optional>
#include <vector>

namespace hectare {

// One pass of runGrowth(): capacity with the expansions scheduled so far, the expected demand
// against it, and the Monte Carlo tally (no runs when only the projection is asked for).
struct GrowthPass
{
    std::vector<double> capacity;
    std::vector<double> expected;
    MonteCarloTally tally;
};

// The exhaustion month at `risk` of every scope and resource, [scope × kGrowthResourceCount +
// resource], −1 when none: from the runs when there are some, else of the expected demand.
std::vector<int> exhaustionAtRisk(const GrowthInputs &in, const GrowthPass &pass, double risk);

struct Schedule
{
    std::vector<int> onlineMonth;                          // per expansion, −1: not online
    std::vector<std::optional<WhenNeededTrigger>> triggers;   // per expansion, for "when needed"
};

GrowthResult assembleGrowthResult(const Scenario &scenario, const GrowthInputs &in, const GrowthPass &pass,
                                  const Schedule &schedule, quint64 seed, int threads);

} // namespace hectare
