#include "tier3_check.h"

#include "tier3_state.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <tuple>

namespace hectare::reliability {

double Tier3Finding::droppedKw() const
{
    return std::accumulate(drops.begin(), drops.end(), 0.0, [](double sum, const Tier3Drop &d) { return sum + d.kw; });
}

namespace {

bool validIndex(int i, std::size_t size) { return i >= 0 && std::size_t(i) < size; }

// The loads carried in `before` and not in `after`, and what each lost.
std::vector<Tier3Drop> dropsBetween(const Network &n, const Tier3State &before, const Tier3State &after)
{
    std::vector<Tier3Drop> drops;
    for (std::size_t l = 0; l < n.loads.size(); ++l) {
        if (!before.carried(l) || after.carried(l))
            continue;
        const Load &load = n.loads[l];
        Tier3Drop d{int(l), load.id, load.kw, load.cording, !after.powered[l], !after.cooled[l], {}, -1};
        if (d.lostPower) {
            if (load.cording != Cording::SingleB)
                d.pathsDown.push_back(load.pathA);
            if (load.cording != Cording::SingleA)
                d.pathsDown.push_back(load.pathB);
        }
        if (d.lostCooling)
            d.cooling = load.cooling;
        drops.push_back(std::move(d));
    }
    return drops;
}

// A single-corded load that lost only its one path, while a path of the other side is up (its own
// other-side path when the network names one): a point-of-use transfer switch would have carried it.
bool transferSwitchWouldCarry(const Network &n, const Tier3Drop &d, const Tier3State &after)
{
    if (d.cording == Cording::Dual || d.lostCooling)
        return false;
    const Load &load = n.loads[std::size_t(d.load)];
    const bool onA = d.cording == Cording::SingleA;
    const int other = onA ? load.pathB : load.pathA;
    if (validIndex(other, n.paths.size()))
        return after.pathUp[std::size_t(other)];
    return after.sideUp[onA ? 1 : 0];
}

Tier3Component unitComponent(const Network &n, const Tier3Evaluator &evaluator, int u)
{
    const int g = evaluator.groupOf(u);
    return Tier3Component{Tier3Component::Kind::Unit, u, n.units[std::size_t(u)].id, g,
                          g >= 0 ? n.groups[std::size_t(g)].id : 0, Side::A};
}

Tier3Shortfall shortfall(const Network &n, const Tier3Evaluator &evaluator, int g, int unitsLeft)
{
    const Group &group = n.groups[std::size_t(g)];
    const double capacity = evaluator.capacityKw(g, unitsLeft);
    return Tier3Shortfall{g, group.id, unitsLeft, evaluator.required(g), group.loadKw, capacity,
                          std::max(0.0, group.loadKw - capacity)};
}

struct Analysis
{
    const Network &network;
    const Tier3Evaluator &evaluator;
    Tier3Event event;
    Tier3Grid grid;
    Tier3State baseline;

    std::optional<Tier3Finding> remove(const Tier3Component &component, const Tier3Removal &removal) const
    {
        const Tier3State after = evaluator.evaluate(removal, grid);
        Tier3Finding f{event, component, {}, dropsBetween(network, baseline, after), false};
        if (f.drops.empty())
            return std::nullopt;
        if (const int g = component.group; component.kind == Tier3Component::Kind::Unit && g >= 0) {
            const int left = int(network.groups[std::size_t(g)].units.size()) - 1;
            if (left < evaluator.required(g))
                f.shortfalls.push_back(shortfall(network, evaluator, g, left));
        }
        f.singleCordedOnly = std::all_of(f.drops.begin(), f.drops.end(), [&](const Tier3Drop &d) {
            return transferSwitchWouldCarry(network, d, after);
        });
        return f;
    }
};

// Units, then paths, then sides; by id (side A before B): independent of the order of the units.
void sortFindings(std::vector<Tier3Finding> &findings)
{
    std::sort(findings.begin(), findings.end(), [](const Tier3Finding &a, const Tier3Finding &b) {
        const auto key = [](const Tier3Component &c) { return std::tuple(int(c.kind), int(c.side), c.id, c.index); };
        return key(a.component) < key(b.component);
    });
}

std::vector<Tier3Finding> maintenanceFindings(const Network &n, const Tier3Evaluator &evaluator)
{
    const Analysis analysis{n, evaluator, Tier3Event::Maintenance, Tier3Grid::Absent,
                            evaluator.evaluate({}, Tier3Grid::Absent)};
    std::vector<Tier3Finding> findings;
    const auto keep = [&findings](std::optional<Tier3Finding> f) {
        if (f)
            findings.push_back(std::move(*f));
    };
    for (int u = 0; u < int(n.units.size()); ++u)
        keep(analysis.remove(unitComponent(n, evaluator, u), Tier3Removal{u, -1, false, Side::A}));
    for (int p = 0; p < int(n.paths.size()); ++p) {
        const Path &path = n.paths[std::size_t(p)];
        keep(analysis.remove(Tier3Component{Tier3Component::Kind::Path, p, path.id, -1, 0, path.side},
                             Tier3Removal{-1, p, false, Side::A}));
    }
    for (Side side : {Side::A, Side::B}) {
        const bool hasPaths = std::any_of(n.paths.begin(), n.paths.end(), [side](const Path &p) { return p.side == side; });
        if (hasPaths)
            keep(analysis.remove(Tier3Component{Tier3Component::Kind::Side, -1, 0, -1, 0, side},
                                 Tier3Removal{-1, -1, true, side}));
    }
    sortFindings(findings);
    return findings;
}

std::vector<Tier3Finding> failureFindings(const Network &n, const Tier3Evaluator &evaluator)
{
    const Analysis analysis{n, evaluator, Tier3Event::Failure, Tier3Grid::Present,
                            evaluator.evaluate({}, Tier3Grid::Present)};
    std::vector<Tier3Finding> findings;
    for (int u = 0; u < int(n.units.size()); ++u)
        if (std::optional<Tier3Finding> f = analysis.remove(unitComponent(n, evaluator, u), Tier3Removal{u, -1, false, Side::A}))
            findings.push_back(std::move(*f));
    sortFindings(findings);
    return findings;
}

Tier3GeneratorCheck generatorCheck(const Network &n, const Tier3Evaluator &evaluator)
{
    Tier3GeneratorCheck check;
    if (n.generators < 0)
        return check;
    const Group &group = n.groups[std::size_t(n.generators)];
    const double unitKw = n.units[std::size_t(group.units.front())].capacityKw;
    check.present = true;
    check.group = n.generators;
    check.groupId = group.id;
    check.units = int(group.units.size());
    check.requiredUnits = evaluator.required(n.generators);
    check.unitKw = std::max(0.0, unitKw);
    check.loadKw = group.loadKw;
    check.capacityOneOutKw = evaluator.capacityKw(n.generators, check.units - 1);
    check.marginKw = check.capacityOneOutKw - check.loadKw;
    check.passed = check.units - 1 >= check.requiredUnits;
    return check;
}

Tier3FuelCheck fuelCheck(const Network &n, const Tier3Options &options)
{
    Tier3FuelCheck check;
    check.requiredHours = options.minimumFuelHours;
    if (options.fullLoad) {
        check.tankHours = options.fullLoad->fuelTankHours;
        check.loadKw = options.fullLoad->facilityKw;
        check.atFullLoad = true;
    } else {
        check.tankHours = n.fuel.tankHours;
        check.loadKw = n.generators >= 0 ? n.groups[std::size_t(n.generators)].loadKw : 0;
    }
    check.passed = check.tankHours >= check.requiredHours;
    return check;
}

std::vector<Tier3LoadExposure> loadExposures(const Network &n, const Tier3Report &report)
{
    std::vector<Tier3LoadExposure> loads;
    for (std::size_t l = 0; l < n.loads.size(); ++l)
        loads.push_back(Tier3LoadExposure{int(l), n.loads[l].id, n.loads[l].kw, n.loads[l].cording, {}, {}});
    const auto add = [&loads](const std::vector<Tier3Finding> &findings, auto member) {
        for (const Tier3Finding &f : findings)
            for (const Tier3Drop &d : f.drops)
                (loads[std::size_t(d.load)].*member).push_back(f.component);
    };
    // Violations and single-corded findings are each sorted by component; merged they must be too.
    std::vector<Tier3Finding> maintenance = report.violations;
    maintenance.insert(maintenance.end(), report.singleCorded.begin(), report.singleCorded.end());
    sortFindings(maintenance);
    add(maintenance, &Tier3LoadExposure::maintenance);
    add(report.singlePointsOfFailure, &Tier3LoadExposure::failures);
    return loads;
}

} // namespace

Result<Tier3Report> checkTier3(const Network &network, const Tier3Options &options)
{
    if (Status valid = validate(network); !valid)
        return valid.error();
    const Tier3Evaluator evaluator(network);
    Tier3Report report;

    for (Tier3Finding &f : maintenanceFindings(network, evaluator))
        (f.singleCordedOnly ? report.singleCorded : report.violations).push_back(std::move(f));
    report.singlePointsOfFailure = failureFindings(network, evaluator);
    for (int g = 0; g < int(network.groups.size()); ++g) {
        const int units = int(network.groups[std::size_t(g)].units.size());
        if (units < evaluator.required(g))
            report.overloadedGroups.push_back(shortfall(network, evaluator, g, units));
    }
    report.generators = generatorCheck(network, evaluator);
    report.fuel = fuelCheck(network, options);
    report.loads = loadExposures(network, report);

    Tier3Summary &s = report.summary;
    s.violations = int(report.violations.size());
    s.singleCorded = int(report.singleCorded.size());
    s.singlePointsOfFailure = int(report.singlePointsOfFailure.size());
    s.singlePointsSingleCordedOnly = int(std::count_if(report.singlePointsOfFailure.begin(), report.singlePointsOfFailure.end(),
                                                       [](const Tier3Finding &f) { return f.singleCordedOnly; }));
    s.overloadedGroups = int(report.overloadedGroups.size());
    s.loadsExposed = int(std::count_if(report.loads.begin(), report.loads.end(),
                                       [](const Tier3LoadExposure &l) { return !l.maintenance.empty(); }));
    s.passed = report.violations.empty() && report.overloadedGroups.empty() && report.generators.passed && report.fuel.passed;
    return report;
}

} // namespace hectare::reliability
