#include "year_simulation.h"

#include <algorithm>
#include <cmath>

namespace hectare::reliability {
namespace {

constexpr double kYear = kHoursPerYear;

// An exponential draw that is "never" for an infinite mean (instead of ∞ × 0 = NaN).
double exponential(YearRandom &random, double mean)
{
    return std::isinf(mean) ? kNever : random.exponential(mean);
}

void push(Intervals &out, double start, double end)
{
    end = std::min(end, kYear);
    if (start < end)
        out.push_back({start, end});
}

} // namespace

YearSimulation::YearSimulation(const Network &network)
    : m_grid(network.grid), m_generators(network.generators), m_fuel(network.fuel)
{
    const double outageHoursPerYear = m_grid.outagesPerYear * m_grid.meanDurationHours();
    if (m_grid.outagesPerYear > 0) {
        m_gridUpMean = (kYear - outageHoursPerYear) / m_grid.outagesPerYear;
        m_gridDownAtStart = outageHoursPerYear / kYear;
    }
    std::vector<bool> standby(network.units.size(), false);
    if (m_generators >= 0)
        for (int u : network.groups[std::size_t(m_generators)].units)
            standby[std::size_t(u)] = true;

    for (std::size_t i = 0; i < network.units.size(); ++i) {
        const Unit &u = network.units[i];
        UnitParams p{u.mtbfHours, u.mttrHours, 0, 0, u.failToStart, standby[i]};
        const bool fails = !std::isinf(u.mtbfHours) && u.mttrHours > 0;
        if (fails && !p.standby) {
            p.downAtStart = u.mttrHours / (u.mtbfHours + u.mttrHours);
            p.failsWithinYear = -std::expm1(-kYear / u.mtbfHours);
        } else if (p.standby && u.mttrHours > 0) {
            // Standby units fail on demand and while running, so their share of time in repair is
            // not MTTR / (MTBF + MTTR); start the year near its steady state from the demand rate.
            const double perHour = (m_grid.outagesPerYear * u.failToStart
                                    + (std::isinf(u.mtbfHours) ? 0 : outageHoursPerYear / u.mtbfHours))
                                   / kYear;
            p.downAtStart = perHour * u.mttrHours / (1 + perHour * u.mttrHours);
        }
        if (p.standby)
            m_startHours = std::max(m_startHours, u.startHours);
        m_units.push_back(p);
    }
    for (std::size_t g = 0; g < network.groups.size(); ++g) {
        const Group &group = network.groups[g];
        m_groups.push_back({int(m_groupUnits.size()), int(group.units.size()), requiredUnits(network, group)});
        m_groupUnits.insert(m_groupUnits.end(), group.units.begin(), group.units.end());
    }
    const auto chain = [this](const std::vector<int> &groups) {
        const int first = int(m_chainGroups.size());
        m_chainGroups.insert(m_chainGroups.end(), groups.begin(), groups.end());
        return first;
    };
    for (const Path &p : network.paths) {
        const int up = chain(p.upstream);
        const int down = chain(p.downstream);
        m_paths.push_back({up, int(p.upstream.size()), down, int(p.downstream.size()), p.battery.minutes() / 60});
    }
    for (const Cooling &c : network.coolings)
        m_coolings.push_back({chain(c.groups), int(c.groups.size()), c.needsSource, c.rideThroughMinutes / 60,
                              c.restartMinutes / 60});
    for (const Load &l : network.loads)
        m_loads.push_back({l.cording == Cording::SingleB ? -1 : l.pathA, l.cording == Cording::SingleA ? -1 : l.pathB,
                           l.cooling});

    m_unitDown.resize(m_units.size());
    m_repairUntil.assign(m_units.size(), 0);
    m_runHoursLeft.assign(m_units.size(), 0);
    m_groupDown.resize(m_groups.size());
    m_pathDown.resize(m_paths.size());
    m_coolingDown.resize(m_coolings.size());
    m_loadDown.resize(m_loads.size());
}

bool YearSimulation::itemFailed(int item) const
{
    return item == gridItem() ? !m_gridDown.empty() : !m_unitDown[std::size_t(item)].empty();
}

// ---- draw -------------------------------------------------------------------------------------

void YearSimulation::draw(YearRandom &random)
{
    for (int u = 0; u < int(m_units.size()); ++u)
        if (!m_units[std::size_t(u)].standby)
            drawUnit(u, random);
    drawGrid(random);
    drawGenerators(random);
}

// An alternating renewal process started in its steady state: in repair with probability
// MTTR / (MTBF + MTTR), and, exponentials being memoryless, the residual times are fresh draws.
void YearSimulation::drawUnit(int u, YearRandom &random)
{
    const UnitParams &p = m_units[std::size_t(u)];
    Intervals &down = m_unitDown[std::size_t(u)];
    down.clear();
    if (p.failsWithinYear <= 0)
        return;
    double t;
    if (random.unit() < p.downAtStart) {
        t = random.exponential(p.mttr);
        push(down, 0, t);
        t += random.exponential(p.mtbf);
    } else {
        // Most units with MTBFs of years do not fail at all: one uniform decides it, and the time of
        // the failure is the same inverse transform restricted to the year.
        const double v = random.unit();
        if (v >= p.failsWithinYear)
            return;
        t = -p.mtbf * std::log1p(-v);
    }
    while (t < kYear) {
        const double end = t + random.exponential(p.mttr);
        push(down, t, end);
        t = end + random.exponential(p.mtbf);
    }
}

void YearSimulation::drawGrid(YearRandom &random)
{
    m_gridDown.clear();
    if (m_grid.outagesPerYear <= 0)
        return;
    const auto duration = [&](double tailShare) {
        return random.exponential(random.unit() < tailShare ? m_grid.tailMeanHours : m_grid.meanHours);
    };
    double t = 0;
    if (random.unit() < m_gridDownAtStart) {
        // An outage in progress is a long one more often than a new one is (length-biased).
        t = duration(m_grid.tailShare * m_grid.tailMeanHours / m_grid.meanDurationHours());
        push(m_gridDown, 0, t);
    }
    for (;;) {
        t += random.exponential(m_gridUpMean);
        if (t >= kYear)
            return;
        const double end = t + duration(m_grid.tailShare);
        push(m_gridDown, t, end);
        t = end;
    }
}

// Generators run only during grid outages. At each outage the plant takes m_startHours to carry
// the load; each set not in repair fails to start with its probability (then is repaired and
// tried again), and a running set fails after exponential running hours, counted across outages.
void YearSimulation::drawGenerators(YearRandom &random)
{
    m_startWindows.clear();
    m_fuelOut.clear();
    if (m_generators < 0)
        return;
    const GroupParams &plant = m_groups[std::size_t(m_generators)];
    for (int i = 0; i < plant.count; ++i) {
        const int u = m_groupUnits[std::size_t(plant.first + i)];
        const UnitParams &p = m_units[std::size_t(u)];
        m_unitDown[std::size_t(u)].clear();
        m_repairUntil[std::size_t(u)] = 0;
        if (p.downAtStart > 0 && random.unit() < p.downAtStart) {
            m_repairUntil[std::size_t(u)] = random.exponential(p.mttr);
            push(m_unitDown[std::size_t(u)], 0, m_repairUntil[std::size_t(u)]);
        }
        m_runHoursLeft[std::size_t(u)] = exponential(random, p.mtbf);
    }
    const bool fuelRunsOut = m_fuel.tankHours < m_fuel.refuelLeadHours;
    for (const Interval &outage : m_gridDown) {
        push(m_startWindows, outage.start, outage.start + m_startHours);
        if (fuelRunsOut) {
            // Full tanks at the start, a delivery every lead time: dry from T + k·L to (k + 1)·L.
            if (std::isinf(m_fuel.refuelLeadHours))
                push(m_fuelOut, outage.start + m_fuel.tankHours, outage.end);
            else
                for (double k = 0;; ++k) {
                    const double dry = outage.start + m_fuel.tankHours + k * m_fuel.refuelLeadHours;
                    if (dry >= outage.end)
                        break;
                    push(m_fuelOut, dry, std::min(outage.end, outage.start + (k + 1) * m_fuel.refuelLeadHours));
                }
        }
        for (int i = 0; i < plant.count; ++i) {
            const int u = m_groupUnits[std::size_t(plant.first + i)];
            const UnitParams &p = m_units[std::size_t(u)];
            double &repairUntil = m_repairUntil[std::size_t(u)];
            double &runLeft = m_runHoursLeft[std::size_t(u)];
            Intervals &down = m_unitDown[std::size_t(u)];
            double t = std::max(outage.start, repairUntil);
            while (t < outage.end) {
                double failure;
                if (random.unit() < p.failToStart) {
                    failure = t;
                } else if (t + runLeft < outage.end) {
                    failure = t + runLeft;
                    runLeft = exponential(random, p.mtbf);
                } else {
                    runLeft -= outage.end - t;
                    break;
                }
                // Repaired, then started again (the restart is part of the outage of this set).
                repairUntil = failure + random.exponential(p.mttr) + m_startHours;
                push(down, failure, repairUntil);
                t = repairUntil;
            }
        }
    }
}

// ---- evaluate ---------------------------------------------------------------------------------

void YearSimulation::evaluateGroup(int g, int perfect, Intervals &out)
{
    const GroupParams &group = m_groups[std::size_t(g)];
    m_unitLists.clear();
    for (int i = 0; i < group.count; ++i) {
        const int u = m_groupUnits[std::size_t(group.first + i)];
        m_unitLists.push_back(u == perfect ? &m_empty : &m_unitDown[std::size_t(u)]);
    }
    kOutOfN(m_unitLists.data(), group.count, group.required, kYear, m_events, out);
}

// The site's source is down while the grid is out and the plant is not carrying the load: starting,
// short of sets, or out of fuel.
void YearSimulation::evaluateSource(int perfect)
{
    m_sourceDown.clear();
    if (perfect == gridItem() || m_gridDown.empty())
        return;
    if (m_generators < 0) {
        m_sourceDown = m_gridDown;
        return;
    }
    Intervals &plantDown = m_groupDown[std::size_t(m_generators)];
    evaluateGroup(m_generators, perfect, plantDown);
    uniteInto(plantDown, m_startWindows, m_scratch);
    uniteInto(plantDown, m_fuelOut, m_scratch);
    intersect(m_gridDown, plantDown, m_sourceDown);
}

void YearSimulation::uniteChain(int first, int count, Intervals &acc)
{
    for (int i = 0; i < count; ++i)
        uniteInto(acc, m_groupDown[std::size_t(m_chainGroups[std::size_t(first + i)])], m_scratch);
}

// out = every spell of `down` lasting `hours` longer (the chillers restarting after the source
// returns), merged where they now overlap and cut at the year's end.
void YearSimulation::extendSpells(const Intervals &down, double hours, Intervals &out)
{
    out.clear();
    for (const Interval &i : down) {
        const double end = std::min(kHoursPerYear, i.end + hours);
        if (!out.empty() && i.start <= out.back().end)
            out.back().end = std::max(out.back().end, end);
        else
            out.push_back({i.start, end});
    }
}

void YearSimulation::evaluate(int perfect)
{
    evaluateSource(perfect);
    for (int g = 0; g < int(m_groups.size()); ++g)
        if (g != m_generators)
            evaluateGroup(g, perfect, m_groupDown[std::size_t(g)]);
    for (std::size_t p = 0; p < m_paths.size(); ++p) {
        const PathParams &path = m_paths[p];
        Intervals &down = m_pathDown[p];
        down = m_sourceDown;
        uniteChain(path.upstreamFirst, path.upstreamCount, down);
        delay(down, path.batteryHours);
        uniteChain(path.downstreamFirst, path.downstreamCount, down);
    }
    for (std::size_t c = 0; c < m_coolings.size(); ++c) {
        const CoolingParams &cooling = m_coolings[c];
        Intervals &down = m_coolingDown[c];
        down.clear();
        if (cooling.needsSource)
            extendSpells(m_sourceDown, cooling.restartHours, down);
        uniteChain(cooling.first, cooling.count, down);
        delay(down, cooling.rideThroughHours);
    }
    m_siteDown.clear();
    for (std::size_t l = 0; l < m_loads.size(); ++l) {
        const LoadParams &load = m_loads[l];
        Intervals &down = m_loadDown[l];
        if (load.pathA >= 0 && load.pathB >= 0)
            intersect(m_pathDown[std::size_t(load.pathA)], m_pathDown[std::size_t(load.pathB)], down);
        else
            down = m_pathDown[std::size_t(load.pathA >= 0 ? load.pathA : load.pathB)];
        if (load.cooling >= 0)
            uniteInto(down, m_coolingDown[std::size_t(load.cooling)], m_scratch);
        uniteInto(m_siteDown, down, m_scratch);
    }
}

} // namespace hectare::reliability
