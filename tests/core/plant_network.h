#pragma once

// A reliability Network shaped like the sample site's plant (data/sample-site.json), built by hand
// until the topology model is compiled into one: Lomé grid, 2 × 800 kW generators (N+1), two
// transformers and 2N UPS (4 × 250 kW a side), five RPP pairs (four in Colocation, one in
// Government) feeding dual-corded rack groups plus one single-corded group, 3 × 500 kW chillers and
// 3 pumps (N+1) and each hall's CRAHs. Figures are the defaults of shared/reference/reliability.md.

#include "reliability/reliability_network.h"

namespace hectare::test {

inline reliability::Network samplePlantNetwork(double itKw = 500)
{
    using namespace hectare::reliability;
    Network n;
    const auto group = [&n](int count, double capacityKw, double mtbf, double mttr, double loadKw) {
        Group g{int(n.groups.size()) + 1, {}, loadKw};
        for (int i = 0; i < count; ++i) {
            g.units.push_back(int(n.units.size()));
            n.units.push_back(Unit{int(n.units.size()) + 1, mtbf, mttr, capacityKw});
        }
        n.groups.push_back(g);
        return int(n.groups.size()) - 1;
    };
    const double heatKw = itKw * 1.05;                               // IT plus UPS and distribution losses
    const double facilityKw = itKw / 0.955 + heatKw / 3.0 + 40;      // UPS input, chillers at COP 3, auxiliaries

    n.grid = GridProfile{100, 3, 0.05, 24};                          // Lomé: ~100 cuts a year, a tail of days
    n.generators = group(2, 800, 1100, 20, facilityKw);              // 1,000 kVA at PF 0.8; MTBF in running hours
    for (int u : n.groups[std::size_t(n.generators)].units) {
        n.units[std::size_t(u)].failToStart = 0.0094;
        n.units[std::size_t(u)].startHours = 30.0 / 3600;          // paralleled plant
    }
    n.fuel = Fuel{48, 24};

    const double hall1Kw = itKw * 760 / 912, hall2Kw = itKw - hall1Kw;   // by the halls' design kW
    const int chillers = group(3, 500, 10000, 24, heatKw);
    const int pumps = group(3, 500, 30000, 8, heatKw);
    const int crah1 = group(8, 120, 30000, 6, hall1Kw * 1.05);
    const int crah2 = group(3, 100, 30000, 6, hall2Kw * 1.05);
    n.coolings.push_back(Cooling{1, {chillers, pumps, crah1}, true, 3});
    n.coolings.push_back(Cooling{2, {chillers, pumps, crah2}, true, 5});

    for (Side side : {Side::A, Side::B}) {
        const int transformer = group(1, 0, 1.2e6, 48, itKw);
        const int switchgear = group(1, 0, 1e6, 12, itKw);
        const int ups = group(4, 250, 100000, 6, itKw);               // each side carries it all alone
        for (int rpp = 0; rpp < 5; ++rpp) {
            const int pdu = group(1, 0, 750000, 6, itKw / 5);
            n.paths.push_back(Path{int(n.paths.size()) + 1, side, {transformer, switchgear},
                                   UpsBattery{10, 1000, itKw}, {ups, pdu}});
        }
    }
    // Paths 0..4 are A (RPP-C-A1..A4, RPP-G-A), 5..9 are B.
    for (int rpp = 0; rpp < 4; ++rpp)
        n.loads.push_back(Load{rpp + 1, hall1Kw / 4, Cording::Dual, rpp, rpp + 5, 0});
    n.loads.push_back(Load{5, hall2Kw - 10, Cording::Dual, 4, 9, 1});
    n.loads.push_back(Load{6, 10, Cording::SingleA, 4, -1, 1});       // a single-corded legacy rack
    return n;
}

} // namespace hectare::test
