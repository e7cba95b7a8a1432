#pragma once

// Private to the Tier III check (tier3_check.h): which groups, paths, coolings and loads of a
// Network are up with one component out, no buffer counting (batteries and ride-through only delay).

#include "reliability_network.h"

#include <vector>

namespace hectare::reliability {

// What is out: nothing, one unit, one path, or every path of one side.
struct Tier3Removal
{
    int unit = -1;
    int path = -1;
    bool wholeSide = false;
    Side side = Side::A;
};

enum class Tier3Grid { Absent, Present };

struct Tier3State
{
    bool sourceUp = true;
    std::vector<char> groupUp;     // as Network::groups
    std::vector<char> pathUp;      // as Network::paths
    std::vector<char> coolingUp;   // as Network::coolings
    std::vector<char> powered;     // as Network::loads
    std::vector<char> cooled;
    bool sideUp[2] = {false, false};   // some path of side A / B is up

    bool carried(std::size_t load) const { return powered[load] && cooled[load]; }
};

class Tier3Evaluator
{
public:
    explicit Tier3Evaluator(const Network &network);   // a network that validate() accepts

    // With the grid absent the generators are the source; a network without generators then keeps
    // its source (the generator check reports the missing plant).
    Tier3State evaluate(const Tier3Removal &removal, Tier3Grid grid) const;

    int required(int group) const { return m_required[std::size_t(group)]; }
    int groupOf(int unit) const { return m_groupOf[std::size_t(unit)]; }   // -1: in no group

    // Capacity of a group with `unitsLeft` units: units × unit kW, or for units without a capacity
    // the whole load while any unit is left.
    double capacityKw(int group, int unitsLeft) const;

private:
    const Network &m_network;
    std::vector<int> m_required;
    std::vector<int> m_groupOf;
};

} // namespace hectare::reliability
