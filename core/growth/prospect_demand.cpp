#include "prospect_demand.h"

#include <cstdlib>

namespace hectare {

int prospectScope(const GrowthInputs &in, const ProspectInput &prospect, const double *capacity,
                  const double *demand, int month)
{
    if (prospect.hall >= 0)
        return prospect.hall;
    if (in.hallCount == 0)
        return in.siteScope();
    int best = 0;
    double bestFree = 0;
    for (int h = 0; h < in.hallCount; ++h) {
        const double free = capacity[in.capacityIndex(h, kPower, month)] - demand[in.demandIndex(h, kKwSeries, month)];
        if (h == 0 || free > bestFree) {
            best = h;
            bestFree = free;
        }
    }
    return best;
}

void addProspectDemand(const GrowthInputs &in, std::size_t p, int scope, int signMonth, double weight,
                       double *demand)
{
    if (signMonth < 0 || signMonth >= in.months)
        return;
    const ProspectInput &prospect = in.prospects[p];
    const double density = in.densityKw[std::size_t(signMonth)];
    const double racks = prospect.racks > 0 ? prospect.racks : (density > 0 ? prospect.committedKw / density : 0.0);
    double *racksRow = demand + in.demandIndex(scope, kRacksSeries, 0);
    double *kwRow = demand + in.demandIndex(scope, kKwSeries, 0);
    const double *curve = in.prospectKw.data() + prospect.curve;
    for (int t = signMonth; t < in.months; ++t) {
        racksRow[t] += weight * racks;
        kwRow[t] += weight * curve[t - signMonth];
    }
}

void addHallsToSite(const GrowthInputs &in, double *demand)
{
    for (int series = 0; series < 2; ++series) {
        double *site = demand + in.demandIndex(in.siteScope(), series, 0);
        for (int h = 0; h < in.hallCount; ++h) {
            const double *hall = demand + in.demandIndex(h, series, 0);
            for (int t = 0; t < in.months; ++t)
                site[t] += hall[t];
        }
    }
}

double signOffsetWeight(int offset, int spread)
{
    const double n = spread + 1.0;
    return (n - std::abs(offset)) / (n * n);
}

} // namespace hectare
