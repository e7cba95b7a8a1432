#pragma once

#include "growth_inputs.h"

#include <optional>
#include <vector>

namespace hectare {

// The demand of one resource in one scope, per month, from the two demand series
// (GrowthInputs::demandIndex()): positions for space, IT kW for power and cooling, and for the
// generators the facility load those kW make, in kVA (capacity/facility_load.h).
void resourceDemand(const GrowthInputs &in, const double *demand, int scope, int resource, double *out);

// Exhaustion: the first month whose demand exceeds capacity; −1 when none does.
int firstExceedance(const double *demand, const double *capacity, int months);

// From counts of runs by exhaustion month (counts[months] holding those that never ran out):
// the month by which at least a share q of the runs had run out, the nearest-rank
// percentile; nullopt when that rank falls among the runs that did not run out.
std::optional<int> monthAtRisk(const int *counts, int months, int runs, double q);

} // namespace hectare
