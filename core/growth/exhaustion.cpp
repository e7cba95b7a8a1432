#include "exhaustion.h"

#include "percentiles.h"

#include <algorithm>

namespace hectare {

void resourceDemand(const GrowthInputs &in, const double *demand, int scope, int resource, double *out)
{
    const int series = resource == kSpace ? kRacksSeries : kKwSeries;
    const double *values = demand + in.demandIndex(scope, series, 0);
    if (resource == kGenerator) {
        for (int t = 0; t < in.months; ++t)
            out[t] = in.facility.generatorKva(values[t]);
    } else {
        std::copy_n(values, in.months, out);
    }
}

int firstExceedance(const double *demand, const double *capacity, int months)
{
    for (int t = 0; t < months; ++t)
        if (demand[t] > capacity[t])
            return t;
    return -1;
}

std::optional<int> monthAtRisk(const int *counts, int months, int runs, double q)
{
    if (runs <= 0)
        return std::nullopt;
    const int rank = nearestRank(q, runs);
    int seen = 0;
    for (int t = 0; t < months; ++t) {
        seen += counts[t];
        if (seen >= rank)
            return t;
    }
    return std::nullopt;
}

} // namespace hectare
