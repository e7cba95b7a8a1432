#pragma once

#include "growth_inputs.h"

namespace hectare {

// Shared by the expected-value projection and the Monte Carlo runs, so that both place and
// add a prospect the same way. `demand` is indexed by GrowthInputs::demandIndex(); `capacity`
// by capacityIndex().

// The scope a prospect signing in `month` goes to: its own hall, else the hall with the most
// free power then (usable − demand; ties go to the first hall), else the site when it has no hall.
int prospectScope(const GrowthInputs &in, const ProspectInput &prospect, const double *capacity,
                  const double *demand, int month);

// Adds `weight` × prospect p's demand from `signMonth` on to `scope`: its racks (or its kW at the
// design kW per new rack of that month) and its ramping kW.
void addProspectDemand(const GrowthInputs &in, std::size_t p, int scope, int signMonth, double weight,
                       double *demand);

// Adds every hall's demand to the site's series (which holds only site-level demand before).
void addHallsToSite(const GrowthInputs &in, double *demand);

// Weight of signing `offset` months from the expected month, |offset| ≤ spread:
// (spread + 1 − |offset|) / (spread + 1)², the law of a + b − spread for a, b uniform in 0 … spread.
double signOffsetWeight(int offset, int spread);

} // namespace hectare
