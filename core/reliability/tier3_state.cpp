#include "tier3_state.h"

#include <algorithm>

namespace hectare::reliability {

Tier3Evaluator::Tier3Evaluator(const Network &network)
    : m_network(network), m_groupOf(network.units.size(), -1)
{
    for (std::size_t g = 0; g < network.groups.size(); ++g) {
        m_required.push_back(requiredUnits(network, network.groups[g]));
        for (int u : network.groups[g].units)
            m_groupOf[std::size_t(u)] = int(g);
    }
}

double Tier3Evaluator::capacityKw(int group, int unitsLeft) const
{
    const Group &g = m_network.groups[std::size_t(group)];
    const double unitKw = m_network.units[std::size_t(g.units.front())].capacityKw;
    if (unitKw <= 0)
        return unitsLeft > 0 ? g.loadKw : 0;
    return unitsLeft * unitKw;
}

Tier3State Tier3Evaluator::evaluate(const Tier3Removal &removal, Tier3Grid grid) const
{
    const Network &n = m_network;
    Tier3State s;

    s.groupUp.resize(n.groups.size());
    for (std::size_t g = 0; g < n.groups.size(); ++g) {
        const std::vector<int> &units = n.groups[g].units;
        const int left = int(units.size()) - int(std::count(units.begin(), units.end(), removal.unit));
        s.groupUp[g] = left >= m_required[g];
    }
    const auto chainUp = [&s](const std::vector<int> &groups) {
        return std::all_of(groups.begin(), groups.end(), [&s](int g) { return bool(s.groupUp[std::size_t(g)]); });
    };

    s.sourceUp = grid == Tier3Grid::Present || n.generators < 0 || s.groupUp[std::size_t(n.generators)];

    s.pathUp.resize(n.paths.size());
    for (std::size_t p = 0; p < n.paths.size(); ++p) {
        const Path &path = n.paths[p];
        const bool removed = int(p) == removal.path || (removal.wholeSide && path.side == removal.side);
        s.pathUp[p] = !removed && s.sourceUp && chainUp(path.upstream) && chainUp(path.downstream);
        if (s.pathUp[p])
            s.sideUp[path.side == Side::A ? 0 : 1] = true;
    }

    s.coolingUp.resize(n.coolings.size());
    for (std::size_t c = 0; c < n.coolings.size(); ++c) {
        const Cooling &cooling = n.coolings[c];
        s.coolingUp[c] = (!cooling.needsSource || s.sourceUp) && chainUp(cooling.groups);
    }

    s.powered.resize(n.loads.size());
    s.cooled.resize(n.loads.size());
    for (std::size_t l = 0; l < n.loads.size(); ++l) {
        const Load &load = n.loads[l];
        const bool aUp = load.cording != Cording::SingleB && s.pathUp[std::size_t(load.pathA)];
        const bool bUp = load.cording != Cording::SingleA && s.pathUp[std::size_t(load.pathB)];
        s.powered[l] = aUp || bUp;
        s.cooled[l] = load.cooling < 0 || s.coolingUp[std::size_t(load.cooling)];
    }
    return s;
}

} // namespace hectare::reliability
