#pragma once

#include "model/site_model.h"

#include <QtGlobal>

namespace hectare {

// How big a synthetic site to make.
struct SyntheticSiteSpec
{
    int halls = 10;
    int racksPerHall = 1000;
    int tenants = 2000;
    quint64 seed = 1;
};

// A plausible, valid site of the size asked for, for tests, benchmarks and `hectare-cli generate`:
// halls of 0.6 × 1.2 m racks in row pairs around 1.2 m cold aisles, A/B RPPs per row pair on a
// 2N UPS group per hall, 2N transformers, N+1 generators and chillers, N+1 CRAHs per hall, and
// tenants whose contracts grant at least the racks they occupy or reserve (some blocked, the
// rest free). The same spec gives the same model on every platform and compiler: every value
// comes from the raw 64-bit draws of an std::mt19937_64 seeded through SplitMix64.
// Ids run 1..n in every table; counts of zero or less give an empty table.
SiteModel generateSyntheticSite(const SyntheticSiteSpec &spec);

} // namespace hectare
