#include "growth_capacity.h"

namespace hectare {

std::vector<double> capacityCurves(const GrowthInputs &in, const std::vector<int> &onlineMonth)
{
    std::vector<double> capacity(in.capacitySize());
    for (int scope = 0; scope < in.scopeCount(); ++scope)
        for (int r = 0; r < kGrowthResourceCount; ++r) {
            const double base = in.baseCapacity[std::size_t(scope) * kGrowthResourceCount + std::size_t(r)];
            std::fill_n(capacity.begin() + std::ptrdiff_t(in.capacityIndex(scope, r, 0)), in.months, base);
        }
    for (std::size_t e = 0; e < in.expansions.size(); ++e) {
        const int from = e < onlineMonth.size() ? onlineMonth[e] : -1;
        if (from < 0 || from >= in.months)
            continue;
        const ExpansionInput &x = in.expansions[e];
        for (int r = 0; r < kGrowthResourceCount; ++r) {
            if (x.amount[std::size_t(r)] == 0)
                continue;
            for (int scope : {x.scope, in.siteScope()}) {
                if (!in.hasResource(scope, r))
                    continue;
                for (int t = from; t < in.months; ++t)
                    capacity[in.capacityIndex(scope, r, t)] += x.amount[std::size_t(r)];
                if (scope == in.siteScope())
                    break;   // a site expansion is added once
            }
        }
    }
    return capacity;
}

} // namespace hectare
