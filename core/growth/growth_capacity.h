#pragma once

#include "growth_inputs.h"

#include <vector>

namespace hectare {

// Usable capacity for every scope, resource and month, indexed by GrowthInputs::capacityIndex():
// the capacity at the start (from computeCapacity) plus each expansion from the month it is
// online. An expansion in a hall adds to that hall and to the site; one without a hall, to the
// site only. onlineMonth[e] is expansion e's month, −1 when it is not online within the horizon.
std::vector<double> capacityCurves(const GrowthInputs &in, const std::vector<int> &onlineMonth);

} // namespace hectare
