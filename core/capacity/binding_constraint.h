#pragma once

#include "capacity_report.h"

namespace hectare {

// Free capacity of one hall (or the whole site) in each resource's own unit.
struct FreeCapacity
{
    double positions = 0;
    double powerKw = 0;
    double coolingKw = 0;
    double weightKg = 0;
    double generatorItKw = 0;   // free generator kVA turned into IT kW at the margin
};

// Each free amount in racks at the given average density: positions as they are, kW over
// averageDesignKw, kg over averageAllowedKg. NaN where the average is not > 0.
RackEquivalents rackEquivalents(const FreeCapacity &free, double averageDesignKw, double averageAllowedKg);

// The resource that runs out first: the fewest racks; NaN never binds; ties go to the
// earlier resource in enum order. Space is always a number, so there is always an answer.
Resource bindingResource(const RackEquivalents &racks);

// What the binding resource leaves unsellable. With R = max(0, racks of the binding resource):
//   positions = max(0, free positions − ⌊R⌋)
//   powerKw   = max(0, free power − R × averageDesignKw)   (0 when power binds)
//   coolingKw = max(0, free cooling − R × averageDesignKw) (0 when cooling binds)
// When space binds this is the power and cooling that no position is left to sell; otherwise
// it is the positions that no power, cooling, weight or generator capacity is left to fill.
StrandedCapacity strandedCapacity(const FreeCapacity &free, const RackEquivalents &racks, Resource binding,
                                  double averageDesignKw);

} // namespace hectare
