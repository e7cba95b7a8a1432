#include "growth_run.h"

#include "prospect_demand.h"

#include <algorithm>

namespace hectare {
namespace {

// The first month the contract is gone, or in.months when it stays to the horizon.
int exitMonth(const GrowthInputs &in, const ChurnableContract &c, growth::RunRandom &random)
{
    int exit = in.months;
    if (in.earlySurvival.back() < 1.0) {
        // Still there in month t while u < (1 − y)^(t/12): P = the survival, as in the projection.
        const double u = random.unit();
        const auto first = std::partition_point(in.earlySurvival.begin(), in.earlySurvival.end(),
                                                [u](double survival) { return survival > u; });
        exit = int(first - in.earlySurvival.begin());
    }
    if (in.nonRenewalProbability > 0)
        for (int end = c.firstEndMonth; end >= 0 && end + 1 < exit; end += c.termMonths)
            if (random.unit() < in.nonRenewalProbability) {
                exit = end + 1;
                break;
            }
    return exit;
}

void removeFrom(const GrowthInputs &in, const ChurnableContract &c, int exit, double *demand)
{
    double *racks = demand + in.demandIndex(c.hall, kRacksSeries, 0);
    double *kw = demand + in.demandIndex(c.hall, kKwSeries, 0);
    for (int t = exit; t < in.months; ++t) {
        racks[t] -= in.contractRacks[c.curve + std::size_t(t)];
        kw[t] -= in.contractKw[c.curve + std::size_t(t)];
    }
}

} // namespace

void simulateRun(const GrowthInputs &in, const std::vector<double> &capacity, growth::RunRandom &random,
                 RunScratch &scratch)
{
    std::vector<double> &demand = scratch.demand;
    demand.assign(in.demandSize(), 0.0);
    for (int h = 0; h < in.hallCount; ++h) {
        const std::size_t row = std::size_t(h) * std::size_t(in.months);
        std::copy_n(in.baseRacks.data() + row, in.months, demand.data() + in.demandIndex(h, kRacksSeries, 0));
        std::copy_n(in.baseKw.data() + row, in.months, demand.data() + in.demandIndex(h, kKwSeries, 0));
    }
    for (const ChurnableContract &c : in.churnable) {
        const int exit = exitMonth(in, c, random);
        if (exit < in.months)
            removeFrom(in, c, exit, demand.data());
    }

    scratch.signings.clear();
    for (std::size_t p = 0; p < in.prospects.size(); ++p) {
        const ProspectInput &prospect = in.prospects[p];
        const double u = random.unit();
        const int a = random.below(prospect.spreadMonths + 1);
        const int b = random.below(prospect.spreadMonths + 1);
        if (u < prospect.probability)
            scratch.signings.emplace_back(std::max(0, prospect.signMonth + a + b - prospect.spreadMonths), int(p));
    }
    // Placed in order of sign month, then scenario order, as the projection places them.
    std::sort(scratch.signings.begin(), scratch.signings.end());
    for (const auto &[month, p] : scratch.signings) {
        if (month >= in.months)
            continue;
        const int scope = prospectScope(in, in.prospects[std::size_t(p)], capacity.data(), demand.data(), month);
        addProspectDemand(in, std::size_t(p), scope, month, 1.0, demand.data());
    }
    addHallsToSite(in, demand.data());
}

} // namespace hectare
