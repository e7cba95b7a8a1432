#include "binding_constraint.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hectare {
namespace {

double perRack(double amount, double average)
{
    return average > 0 ? amount / average : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

RackEquivalents rackEquivalents(const FreeCapacity &free, double averageDesignKw, double averageAllowedKg)
{
    RackEquivalents racks{};
    racks[resourceIndex(Resource::Space)] = free.positions;
    racks[resourceIndex(Resource::Power)] = perRack(free.powerKw, averageDesignKw);
    racks[resourceIndex(Resource::Cooling)] = perRack(free.coolingKw, averageDesignKw);
    racks[resourceIndex(Resource::Weight)] = perRack(free.weightKg, averageAllowedKg);
    racks[resourceIndex(Resource::Generator)] = perRack(free.generatorItKw, averageDesignKw);
    return racks;
}

Resource bindingResource(const RackEquivalents &racks)
{
    Resource binding = Resource::Space;
    double fewest = racks[resourceIndex(Resource::Space)];
    for (Resource r : kAllResources) {
        const double n = racks[resourceIndex(r)];
        // Strictly fewer: a tie keeps the earlier resource. An undefined (NaN) count never binds.
        if (!std::isnan(n) && (n < fewest || std::isnan(fewest))) {
            fewest = n;
            binding = r;
        }
    }
    return binding;
}

StrandedCapacity strandedCapacity(const FreeCapacity &free, const RackEquivalents &racks, Resource binding,
                                  double averageDesignKw)
{
    // An over-sold binding resource leaves room for no rack at all, not for a negative number.
    const double sellableRacks = std::max(0.0, racks[resourceIndex(binding)]);
    const double sellableKw = sellableRacks * averageDesignKw;

    StrandedCapacity s;
    s.positions = std::max(0, int(free.positions) - int(std::floor(sellableRacks)));
    // The binding resource strands none of itself (and the subtraction could leave rounding dust).
    if (binding != Resource::Power)
        s.powerKw = std::max(0.0, free.powerKw - sellableKw);
    if (binding != Resource::Cooling)
        s.coolingKw = std::max(0.0, free.coolingKw - sellableKw);
    return s;
}

} // namespace hectare
