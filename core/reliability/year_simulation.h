#pragma once

// One simulated year of a Network (reliability_network.h): draw() samples every unit's failures
// and repairs and the grid's outages with the generators' response; evaluate() combines them into
// when each group, path, cooling, load and the site is down. The availability Monte Carlo keeps one
// per thread and reuses its buffers, so a year allocates nothing once warmed up.

#include "down_intervals.h"
#include "reliability_network.h"
#include "reliability_random.h"

#include <vector>

namespace hectare::reliability {

class YearSimulation
{
public:
    explicit YearSimulation(const Network &network);   // a network that validate() accepts

    void draw(YearRandom &random);

    // Evaluates the year as drawn, with `perfect` never failing: a unit index, gridItem() for the
    // utility, or -1 for none (the importance ranking re-evaluates a year once per failed item).
    void evaluate(int perfect = -1);

    int itemCount() const { return int(m_units.size()) + 1; }
    int gridItem() const { return int(m_units.size()); }
    bool itemFailed(int item) const;

    const Intervals &load(int i) const { return m_loadDown[std::size_t(i)]; }
    const Intervals &path(int i) const { return m_pathDown[std::size_t(i)]; }
    const Intervals &cooling(int i) const { return m_coolingDown[std::size_t(i)]; }
    const Intervals &site() const { return m_siteDown; }

private:
    struct UnitParams
    {
        double mtbf;
        double mttr;
        double downAtStart;        // stationary probability of being in repair at the year's start
        double failsWithinYear;    // P(first failure within the year | up at the start)
        double failToStart;        // standby units
        bool standby;
    };
    struct GroupParams
    {
        int first;   // into m_groupUnits
        int count;
        int required;
    };
    struct PathParams
    {
        int upstreamFirst, upstreamCount;       // into m_chainGroups
        int downstreamFirst, downstreamCount;
        double batteryHours;
    };
    struct CoolingParams
    {
        int first, count;   // into m_chainGroups
        bool needsSource;
        double rideThroughHours;
        double restartHours;
    };
    struct LoadParams
    {
        int pathA, pathB;   // -1 when not used by the cording
        int cooling;
    };

    void drawUnit(int u, YearRandom &random);
    void drawGrid(YearRandom &random);
    void drawGenerators(YearRandom &random);
    void evaluateSource(int perfect);
    void evaluateGroup(int g, int perfect, Intervals &out);
    void uniteChain(int first, int count, Intervals &acc);
    static void extendSpells(const Intervals &down, double hours, Intervals &out);

    std::vector<UnitParams> m_units;
    std::vector<GroupParams> m_groups;
    std::vector<int> m_groupUnits;
    std::vector<int> m_chainGroups;
    std::vector<PathParams> m_paths;
    std::vector<CoolingParams> m_coolings;
    std::vector<LoadParams> m_loads;
    GridProfile m_grid;
    double m_gridUpMean = 0;      // mean hours between the end of an outage and the next one
    double m_gridDownAtStart = 0;
    int m_generators = -1;
    double m_startHours = 0;      // the generator plant's start time (its slowest unit)
    Fuel m_fuel;

    // Drawn
    std::vector<Intervals> m_unitDown;   // standby units: only their failures (fail-to-start, running)
    std::vector<double> m_repairUntil;   // standby units, while drawing
    std::vector<double> m_runHoursLeft;
    Intervals m_gridDown;
    Intervals m_startWindows;            // the plant starting after each grid outage begins
    Intervals m_fuelOut;                 // tanks empty, waiting for a delivery

    // Evaluated
    Intervals m_sourceDown;
    std::vector<Intervals> m_groupDown;
    std::vector<Intervals> m_pathDown;
    std::vector<Intervals> m_coolingDown;
    std::vector<Intervals> m_loadDown;
    Intervals m_siteDown;

    // Scratch
    Intervals m_scratch;
    Intervals m_empty;
    std::vector<const Intervals *> m_unitLists;
    std::vector<DownEvent> m_events;
};

} // namespace hectare::reliability
