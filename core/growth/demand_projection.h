#pragma once

#include "growth_inputs.h"

#include <vector>

namespace hectare {

// The deterministic projection: expected demand for every scope, series and month (indexed by
// GrowthInputs::demandIndex()), in closed form rather than by sampling:
//   contracts: curve × P(still there), P = (1 − early exit per year)^(t/12) × (1 − non-renewal)^(ends before t)
//   prospects: probability × Σ over sign months of their weight × curve from that month,
//              placed in order of expected sign month as the runs place them.
// With every probability 0 or 1, no spread and no churn, each Monte Carlo run equals it.
std::vector<double> projectExpectedDemand(const GrowthInputs &in, const std::vector<double> &capacity);

// Indices of the prospects in the order they are placed: by sign month, then scenario order.
std::vector<std::size_t> prospectOrder(const GrowthInputs &in);

} // namespace hectare
