#include "failure_scenario.h"
#include "scenario_check.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace hectare::reliability {

double chillerDerating(double ratedAmbientC, double deratePctPerC, double ambientC)
{
    const double factor = 1 - deratePctPerC / 100 * (ambientC - ratedAmbientC);
    return std::clamp(factor, 0.0, 1.0);
}

double ScenarioTimeline::droppedKwHours() const
{
    double sum = 0;
    for (const LoadTimeline &l : loads)
        sum += l.kw * totalHours(l.down);
    return sum;
}

namespace {

// Why a unit is out over an interval, for the cause chains.
struct UnitSpell
{
    Interval when;
    CauseKind kind;
};

// Sorts and merges raw intervals into the form down_intervals.h expects, clipped to [0, horizon).
Intervals normalised(Intervals raw, double horizon)
{
    std::sort(raw.begin(), raw.end(), [](const Interval &a, const Interval &b) { return a.start < b.start; });
    Intervals out;
    for (Interval i : raw) {
        i.start = std::max(i.start, 0.0);
        i.end = std::min(i.end, horizon);
        if (i.start >= i.end)
            continue;
        if (!out.empty() && i.start <= out.back().end)
            out.back().end = std::max(out.back().end, i.end);
        else
            out.push_back(i);
    }
    return out;
}

const Interval *covering(const Intervals &list, double t)
{
    for (const Interval &i : list)
        if (i.start <= t && t < i.end)
            return &i;
    return nullptr;
}

Intervals united(const Intervals &a, const Intervals &b)
{
    Intervals out;
    unite(a, b, out);
    return out;
}

class Replay
{
public:
    Replay(const Network &network, const FailureScenario &scenario);
    ScenarioTimeline run();

private:
    void drawEvents();
    void evaluate();
    Intervals groupDown(int g) const;
    int unitsUp(int g, double t) const;

    void explainGroup(int g, double t, CauseChain &chain) const;
    void explainSource(double t, CauseChain &chain) const;
    CauseChain explainPath(int p, double t) const;
    CauseChain explainCooling(int c, double t) const;
    void explainLoads(ScenarioTimeline &out) const;
    void sample(ScenarioTimeline &out) const;

    Network m_net;   // with the capacity scales applied
    const FailureScenario &m_scenario;
    double m_horizon;
    double m_refuelLead;
    double m_startHours = 0;
    // Hours the chillers of a cooling take to restart after the source returns.
    double restartHours(const Cooling &cooling) const
    {
        return m_scenario.options.coolingRestartMinutes.value_or(cooling.restartMinutes) / 60;
    }

    Intervals m_grid;
    std::vector<std::vector<UnitSpell>> m_spells;
    std::vector<Intervals> m_unitDown;
    Intervals m_startWindows, m_fuelOut, m_plantShort, m_source;
    std::vector<Intervals> m_groupDown;
    std::vector<Intervals> m_pathRaw, m_pathDown;
    std::vector<Intervals> m_coolingRaw, m_coolingDown;
    std::vector<Intervals> m_loadPower, m_loadCooling;
};

Replay::Replay(const Network &network, const FailureScenario &scenario)
    : m_net(network), m_scenario(scenario), m_horizon(scenario.horizonHours),
      m_refuelLead(scenario.options.refuel ? network.fuel.refuelLeadHours : kNever)
{
    for (const auto &[g, factor] : scenario.options.capacityScale)
        for (int u : m_net.groups[std::size_t(g)].units)
            m_net.units[std::size_t(u)].capacityKw *= factor;
    if (m_net.generators >= 0)
        for (int u : m_net.groups[std::size_t(m_net.generators)].units)
            m_startHours = std::max(m_startHours, m_net.units[std::size_t(u)].startHours);   // as the Monte Carlo
}

ScenarioTimeline Replay::run()
{
    drawEvents();
    evaluate();
    ScenarioTimeline out;
    out.name = m_scenario.name;
    out.horizonHours = m_horizon;
    out.sourceDown = m_source;
    out.pathDown = m_pathDown;
    out.coolingDown = m_coolingDown;
    explainLoads(out);
    sample(out);
    return out;
}

// Turns the events into the grid's and every unit's down intervals, and the generator plant's
// start windows and dry spells, exactly as YearSimulation::drawGenerators() does for drawn ones.
void Replay::drawEvents()
{
    Intervals grid;
    for (const ScenarioEvent &e : m_scenario.events)
        if (const auto *outage = std::get_if<GridOutage>(&e.what))
            grid.push_back({e.atHours, e.atHours + outage->durationHours});
    m_grid = normalised(grid, m_horizon);

    m_spells.assign(m_net.units.size(), {});
    for (const ScenarioEvent &e : m_scenario.events) {
        if (const auto *f = std::get_if<UnitFails>(&e.what)) {
            const double repair = f->repairHours < 0 ? m_net.units[std::size_t(f->unit)].mttrHours : f->repairHours;
            m_spells[std::size_t(f->unit)].push_back({{e.atHours, e.atHours + repair}, CauseKind::UnitFailed});
        } else if (const auto *m = std::get_if<UnitInMaintenance>(&e.what)) {
            m_spells[std::size_t(m->unit)].push_back({{m->fromHours, m->untilHours}, CauseKind::UnitInMaintenance});
        } else if (const auto *s = std::get_if<GeneratorFailsToStart>(&e.what)) {
            for (const Interval &outage : m_grid)
                if (outage.start >= e.atHours)
                    m_spells[std::size_t(s->unit)].push_back({outage, CauseKind::FailedToStart});
        }
    }
    m_unitDown.assign(m_net.units.size(), {});
    for (std::size_t u = 0; u < m_net.units.size(); ++u) {
        auto &spells = m_spells[u];
        // Sorted so that explanations, like the intervals, do not depend on the events' order.
        std::sort(spells.begin(), spells.end(), [](const UnitSpell &a, const UnitSpell &b) {
            return a.when.start < b.when.start || (a.when.start == b.when.start && a.kind < b.kind);
        });
        Intervals raw;
        for (const UnitSpell &s : spells)
            raw.push_back(s.when);
        m_unitDown[u] = normalised(raw, m_horizon);
    }

    Intervals starts, dry;
    if (m_net.generators >= 0) {
        const double tank = m_net.fuel.tankHours;
        for (const Interval &outage : m_grid) {
            starts.push_back({outage.start, outage.start + m_startHours});
            if (tank >= m_refuelLead)
                continue;
            // Full tanks at the start, a delivery every lead time: dry from T + tank + k·L to (k + 1)·L.
            if (std::isinf(m_refuelLead)) {
                dry.push_back({outage.start + tank, outage.end});
                continue;
            }
            for (double k = 0;; ++k) {
                const double from = outage.start + tank + k * m_refuelLead;
                if (from >= outage.end)
                    break;
                dry.push_back({from, std::min(outage.end, outage.start + (k + 1) * m_refuelLead)});
            }
        }
    }
    m_startWindows = normalised(starts, m_horizon);
    m_fuelOut = normalised(dry, m_horizon);
}

Intervals Replay::groupDown(int g) const
{
    const Group &group = m_net.groups[std::size_t(g)];
    std::vector<const Intervals *> lists;
    for (int u : group.units)
        lists.push_back(&m_unitDown[std::size_t(u)]);
    std::vector<DownEvent> events;
    Intervals out;
    kOutOfN(lists.data(), int(lists.size()), requiredUnits(m_net, group), m_horizon, events, out);
    return out;
}

int Replay::unitsUp(int g, double t) const
{
    int up = 0;
    for (int u : m_net.groups[std::size_t(g)].units)
        if (!covering(m_unitDown[std::size_t(u)], t))
            ++up;
    return up;
}

// YearSimulation::evaluate() with the scenario's intervals, plus the cooling restart.
void Replay::evaluate()
{
    m_groupDown.assign(m_net.groups.size(), {});
    for (int g = 0; g < int(m_net.groups.size()); ++g)
        m_groupDown[std::size_t(g)] = groupDown(g);

    if (m_net.generators < 0) {
        m_source = m_grid;
    } else {
        m_plantShort = m_groupDown[std::size_t(m_net.generators)];
        const Intervals plant = united(united(m_plantShort, m_startWindows), m_fuelOut);
        m_source.clear();
        intersect(m_grid, plant, m_source);
    }

    m_pathRaw.assign(m_net.paths.size(), {});
    m_pathDown.assign(m_net.paths.size(), {});
    for (std::size_t p = 0; p < m_net.paths.size(); ++p) {
        const Path &path = m_net.paths[p];
        Intervals raw = m_source;
        for (int g : path.upstream)
            raw = united(raw, m_groupDown[std::size_t(g)]);
        Intervals down = raw;
        delay(down, path.battery.minutes() / 60);
        for (int g : path.downstream)
            down = united(down, m_groupDown[std::size_t(g)]);
        m_pathRaw[p] = std::move(raw);
        m_pathDown[p] = std::move(down);
    }

    m_coolingRaw.assign(m_net.coolings.size(), {});
    m_coolingDown.assign(m_net.coolings.size(), {});
    for (std::size_t c = 0; c < m_net.coolings.size(); ++c) {
        const Cooling &cooling = m_net.coolings[c];
        Intervals raw;
        if (cooling.needsSource) {
            // Chillers tripped by the power loss come back restart minutes after it returns.
            Intervals extended = m_source;
            for (Interval &i : extended)
                i.end += restartHours(cooling);
            raw = normalised(extended, m_horizon);
        }
        for (int g : cooling.groups)
            raw = united(raw, m_groupDown[std::size_t(g)]);
        Intervals down = raw;
        delay(down, cooling.rideThroughMinutes / 60);
        m_coolingRaw[c] = std::move(raw);
        m_coolingDown[c] = std::move(down);
    }

    m_loadPower.assign(m_net.loads.size(), {});
    m_loadCooling.assign(m_net.loads.size(), {});
    for (std::size_t l = 0; l < m_net.loads.size(); ++l) {
        const Load &load = m_net.loads[l];
        if (load.cording == Cording::Dual)
            intersect(m_pathDown[std::size_t(load.pathA)], m_pathDown[std::size_t(load.pathB)], m_loadPower[l]);
        else
            m_loadPower[l] = m_pathDown[std::size_t(load.cording == Cording::SingleA ? load.pathA : load.pathB)];
        if (load.cooling >= 0)
            m_loadCooling[l] = m_coolingDown[std::size_t(load.cooling)];
    }
}

// ---- causes -----------------------------------------------------------------------------------

void Replay::explainGroup(int g, double t, CauseChain &chain) const
{
    for (int u : m_net.groups[std::size_t(g)].units)
        for (const UnitSpell &s : m_spells[std::size_t(u)])
            if (s.when.start <= t && t < s.when.end) {
                CauseStep step{s.kind, u, s.when.start};
                chain.steps.push_back(step);
                break;
            }
    if (const auto scale = m_scenario.options.capacityScale.find(g);
        scale != m_scenario.options.capacityScale.end() && scale->second < 1) {
        CauseStep step{CauseKind::CapacityDerated, g};
        step.factor = scale->second;
        chain.steps.push_back(step);
    }
    CauseStep shortStep{CauseKind::GroupShort, g, t};
    shortStep.unitsUp = unitsUp(g, t);
    shortStep.unitsRequired = requiredUnits(m_net, m_net.groups[std::size_t(g)]);
    chain.steps.push_back(shortStep);
}

void Replay::explainSource(double t, CauseChain &chain) const
{
    const Interval *outage = covering(m_grid, t);
    chain.steps.push_back(CauseStep{CauseKind::GridOutage, -1, outage ? outage->start : t});
    if (m_net.generators >= 0) {
        // The most lasting reason first: short of sets, then out of fuel, then still starting.
        if (covering(m_plantShort, t)) {
            explainGroup(m_net.generators, t, chain);
        } else if (const Interval *dry = covering(m_fuelOut, t)) {
            CauseStep step{CauseKind::FuelExhausted, -1, dry->start};
            step.hours = m_net.fuel.tankHours;
            chain.steps.push_back(step);
        } else if (covering(m_startWindows, t)) {
            CauseStep step{CauseKind::GeneratorsStarting, m_net.generators, t};
            step.minutes = m_startHours * 60;
            chain.steps.push_back(step);
        }
    }
    chain.steps.push_back(CauseStep{CauseKind::SourceLost, -1, t});
}

CauseChain Replay::explainPath(int p, double t) const
{
    const Path &path = m_net.paths[std::size_t(p)];
    CauseChain chain;
    bool explained = false;
    for (int g : path.downstream)
        if (covering(m_groupDown[std::size_t(g)], t)) {
            explainGroup(g, t, chain);
            explained = true;
            break;
        }
    if (!explained) {
        // Down after the battery: the loss before it began battery-minutes earlier.
        const Interval *raw = covering(m_pathRaw[std::size_t(p)], t);
        const double from = raw ? raw->start : t;
        if (covering(m_source, from)) {
            explainSource(from, chain);
        } else {
            for (int g : path.upstream)
                if (covering(m_groupDown[std::size_t(g)], from)) {
                    explainGroup(g, from, chain);
                    break;
                }
        }
        CauseStep battery{CauseKind::BatteryExhausted, p, t};
        battery.minutes = path.battery.minutes();
        chain.steps.push_back(battery);
    }
    chain.steps.push_back(CauseStep{CauseKind::PathDown, p, t});
    return chain;
}

CauseChain Replay::explainCooling(int c, double t) const
{
    const Cooling &cooling = m_net.coolings[std::size_t(c)];
    CauseChain chain;
    const Interval *raw = covering(m_coolingRaw[std::size_t(c)], t);
    const double from = raw ? raw->start : t;
    const Interval *source = cooling.needsSource ? covering(m_source, from) : nullptr;
    if (source) {
        explainSource(from, chain);
        if (t >= source->end) {   // power came back, the chillers were still restarting
            CauseStep restart{CauseKind::CoolingRestarting, c, source->end};
            restart.minutes = restartHours(cooling) * 60;
            chain.steps.push_back(restart);
        }
    } else {
        for (int g : cooling.groups)
            if (covering(m_groupDown[std::size_t(g)], from)) {
                explainGroup(g, from, chain);
                break;
            }
    }
    CauseStep ride{CauseKind::RideThroughExhausted, c, t};
    ride.minutes = cooling.rideThroughMinutes;
    chain.steps.push_back(ride);
    chain.steps.push_back(CauseStep{CauseKind::CoolingLost, c, t});
    return chain;
}

QString lossText(const Network &network, const LoadLoss &loss, int loadId)
{
    QStringList chains;
    for (const CauseChain &chain : loss.causes)
        chains << describe(network, chain);
    const QString joined = chains.join(QCoreApplication::translate("hectare::FailureScenario", "; and "));
    return loss.what == LoadLoss::What::Power
        ? QCoreApplication::translate("hectare::FailureScenario", "%1 → load %2 loses power").arg(joined).arg(loadId)
        : QCoreApplication::translate("hectare::FailureScenario", "%1 → load %2 loses cooling").arg(joined).arg(loadId);
}

void Replay::explainLoads(ScenarioTimeline &out) const
{
    for (std::size_t l = 0; l < m_net.loads.size(); ++l) {
        const Load &load = m_net.loads[l];
        LoadTimeline timeline;
        timeline.load = int(l);
        timeline.loadId = load.id;
        timeline.kw = load.kw;
        for (const Interval &i : m_loadPower[l]) {
            LoadLoss loss{LoadLoss::What::Power, i.start, i.end, load.kw, {}, {}};
            if (load.cording != Cording::SingleB)
                loss.causes.push_back(explainPath(load.pathA, i.start));
            if (load.cording != Cording::SingleA)
                loss.causes.push_back(explainPath(load.pathB, i.start));
            timeline.losses.push_back(std::move(loss));
        }
        for (const Interval &i : m_loadCooling[l]) {
            LoadLoss loss{LoadLoss::What::Cooling, i.start, i.end, load.kw, {explainCooling(load.cooling, i.start)}, {}};
            timeline.losses.push_back(std::move(loss));
        }
        std::stable_sort(timeline.losses.begin(), timeline.losses.end(),
                         [](const LoadLoss &a, const LoadLoss &b) { return a.startHours < b.startHours; });
        for (LoadLoss &loss : timeline.losses)
            loss.text = lossText(m_net, loss, load.id);
        unite(m_loadPower[l], m_loadCooling[l], timeline.down);
        out.loads.push_back(std::move(timeline));
    }
}

// ---- chart series -----------------------------------------------------------------------------

// What is left of a buffer of `full` minutes at t, when `raw` holds the losses it bridges.
double bufferLeft(const Intervals &raw, double full, double t)
{
    const Interval *loss = covering(raw, t);
    return loss ? std::max(0.0, full - (t - loss->start) * 60) : full;
}

void Replay::sample(ScenarioTimeline &out) const
{
    const double step = std::max(m_scenario.options.sampleMinutes, 1e-3) / 60;
    const int count = int(std::floor(m_horizon / step + 1e-9)) + 1;
    out.samples.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const double t = i * step;
        ScenarioSample s;
        s.hours = t;
        for (const LoadTimeline &l : out.loads)
            if (!covering(l.down, t))
                s.itKwCarried += l.kw;
        for (std::size_t p = 0; p < m_net.paths.size(); ++p)
            s.batteryMinutesLeft.push_back(bufferLeft(m_pathRaw[p], m_net.paths[p].battery.minutes(), t));
        for (std::size_t c = 0; c < m_net.coolings.size(); ++c)
            s.rideThroughMinutesLeft.push_back(bufferLeft(m_coolingRaw[c], m_net.coolings[c].rideThroughMinutes, t));
        s.fuelHoursLeft = m_net.fuel.tankHours;
        if (const Interval *outage = covering(m_grid, t); outage && m_net.generators >= 0) {
            double elapsed = t - outage->start;
            if (!std::isinf(m_refuelLead) && m_refuelLead > 0)
                elapsed -= std::floor(elapsed / m_refuelLead) * m_refuelLead;
            s.fuelHoursLeft = std::max(0.0, m_net.fuel.tankHours - elapsed);
            if (!covering(m_startWindows, t) && !covering(m_fuelOut, t))
                s.generatorsRunning = unitsUp(m_net.generators, t);
        }
        out.samples.push_back(std::move(s));
    }
}

} // namespace

Result<ScenarioTimeline> replay(const Network &network, const FailureScenario &scenario)
{
    if (Status s = validate(network); !s)
        return s.error();
    if (Status s = checkScenarioEvents(network, scenario); !s)
        return s.error();
    return Replay(network, scenario).run();
}

} // namespace hectare::reliability
