#include "demand_projection.h"

#include "prospect_demand.h"

#include <algorithm>
#include <numeric>

namespace hectare {
namespace {

void copyBaseDemand(const GrowthInputs &in, std::vector<double> &demand)
{
    for (int h = 0; h < in.hallCount; ++h) {
        const std::size_t row = std::size_t(h) * std::size_t(in.months);
        std::copy_n(in.baseRacks.begin() + std::ptrdiff_t(row), in.months,
                    demand.begin() + std::ptrdiff_t(in.demandIndex(h, kRacksSeries, 0)));
        std::copy_n(in.baseKw.begin() + std::ptrdiff_t(row), in.months,
                    demand.begin() + std::ptrdiff_t(in.demandIndex(h, kKwSeries, 0)));
    }
}

// Removes from each churnable contract's curve what is expected to have left.
void subtractExpectedChurn(const GrowthInputs &in, std::vector<double> &demand)
{
    const double keep = 1.0 - in.nonRenewalProbability;
    for (const ChurnableContract &c : in.churnable) {
        double renewed = 1.0;   // (1 − q)^(ends before t)
        int nextEnd = c.firstEndMonth;
        double *racks = demand.data() + in.demandIndex(c.hall, kRacksSeries, 0);
        double *kw = demand.data() + in.demandIndex(c.hall, kKwSeries, 0);
        for (int t = 0; t < in.months; ++t) {
            if (nextEnd >= 0 && nextEnd < t) {
                renewed *= keep;
                nextEnd += c.termMonths;
            }
            const double gone = 1.0 - in.earlySurvival[std::size_t(t)] * renewed;
            racks[t] -= gone * in.contractRacks[c.curve + std::size_t(t)];
            kw[t] -= gone * in.contractKw[c.curve + std::size_t(t)];
        }
    }
}

} // namespace

std::vector<std::size_t> prospectOrder(const GrowthInputs &in)
{
    std::vector<std::size_t> order(in.prospects.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return in.prospects[a].signMonth < in.prospects[b].signMonth;
    });
    return order;
}

std::vector<double> projectExpectedDemand(const GrowthInputs &in, const std::vector<double> &capacity)
{
    std::vector<double> demand(in.demandSize(), 0.0);
    copyBaseDemand(in, demand);
    subtractExpectedChurn(in, demand);
    for (std::size_t p : prospectOrder(in)) {
        const ProspectInput &prospect = in.prospects[p];
        if (!(prospect.probability > 0))
            continue;
        const int spread = prospect.spreadMonths;
        for (int offset = -spread; offset <= spread; ++offset) {
            const int month = std::max(0, prospect.signMonth + offset);
            if (month >= in.months)
                continue;
            const int scope = prospectScope(in, prospect, capacity.data(), demand.data(), month);
            addProspectDemand(in, p, scope, month, prospect.probability * signOffsetWeight(offset, spread),
                              demand.data());
        }
    }
    addHallsToSite(in, demand.data());
    return demand;
}

} // namespace hectare
