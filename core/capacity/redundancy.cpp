#include "redundancy.h"

#include <algorithm>

namespace hectare {

int unitsUsable(int count, Redundancy redundancy)
{
    int usable = 0;
    switch (redundancy) {
    case Redundancy::N: usable = count; break;
    case Redundancy::NPlus1: usable = count - 1; break;
    case Redundancy::NPlus2: usable = count - 2; break;
    case Redundancy::TwoN: usable = count / 2; break;
    }
    // A group smaller than its spares (1 unit at N+1) has nothing to sell, not a negative amount.
    return std::max(0, usable);
}

} // namespace hectare
