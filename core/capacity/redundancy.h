#pragma once

#include "model/enums.h"

namespace hectare {

// How many of `count` identical units may carry load while the redundancy is kept:
// N → count; N+1 → count − 1; N+2 → count − 2; 2N → count / 2 (one complete side;
// an odd unit out belongs to neither side). Never below 0.
int unitsUsable(int count, Redundancy redundancy);

} // namespace hectare
