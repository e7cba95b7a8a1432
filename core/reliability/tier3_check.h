#pragma once

// Tier III checks on a Network (reliability_network.h), deterministic and without simulation:
//   - concurrent maintainability: every unit of every group, every path and every side (A, B) taken
//     out on its own, the generators as the only source (the utility is not counted);
//   - single points of failure: one unit failing with the grid present;
//   - generators sized as the primary source (N+1) and on-site fuel ≥ 12 h.
// Batteries and thermal ride-through never count: they only delay a loss. See docs/tier3-checks.md.

#include "reliability_network.h"

#include "model/error.h"

#include <optional>
#include <vector>

namespace hectare::reliability {

// The site at full load: its design facility load and the hours its tanks last carrying it
// (fullLoadOf() in tier3_site.h computes them from a document).
struct Tier3FullLoad
{
    double facilityKw = 0;
    double fuelTankHours = 0;
};

struct Tier3Options
{
    double minimumFuelHours = 12;   // on-site fuel at full load
    // Tier III asks for the fuel at full load whatever load the rest is checked at (a network
    // compiled at the contracted load burns less). Unset: Network::fuel.tankHours, the hours at
    // the network's own load.
    std::optional<Tier3FullLoad> fullLoad = {};
};

// What is taken out for maintenance, or fails.
struct Tier3Component
{
    enum class Kind { Unit, Path, Side };

    Kind kind = Kind::Unit;
    int index = -1;          // unit: into Network::units; path: into Network::paths; side: -1
    int id = 0;              // the unit's or the path's id; side: 0
    int group = -1;          // unit: its group, index into Network::groups
    int groupId = 0;
    Side side = Side::A;     // path and side

    friend bool operator==(const Tier3Component &, const Tier3Component &) = default;
};

// A load carried with every component in and not carried with the component out.
struct Tier3Drop
{
    int load = -1;                 // index into Network::loads
    int loadId = 0;
    double kw = 0;
    Cording cording = Cording::Dual;
    bool lostPower = false;
    bool lostCooling = false;
    std::vector<int> pathsDown;    // the load's paths that are down (indices into Network::paths)
    int cooling = -1;              // its cooling (index into Network::coolings) when lost, else -1
};

// A group left with fewer units than it needs (k = requiredUnits()).
struct Tier3Shortfall
{
    int group = -1;                // index into Network::groups
    int groupId = 0;
    int unitsLeft = 0;
    int requiredUnits = 0;
    double loadKw = 0;
    double capacityLeftKw = 0;     // units left × unit capacity; units without a capacity: the load while any is left
    double shortfallKw = 0;        // loadKw − capacityLeftKw, ≥ 0
};

enum class Tier3Event { Maintenance, Failure };

struct Tier3Finding
{
    Tier3Event event = Tier3Event::Maintenance;
    Tier3Component component;
    std::vector<Tier3Shortfall> shortfalls;   // a unit's group when it falls below k
    std::vector<Tier3Drop> drops;             // in the order of Network::loads; never empty
    // Every drop is a single-corded load losing its one path while the other side is intact: a
    // point-of-use transfer switch would carry it. Uptime expects one on single-corded IT equipment.
    bool singleCordedOnly = false;

    double droppedKw() const;
};

struct Tier3GeneratorCheck
{
    bool present = false;          // the network has a generator group
    int group = -1;
    int groupId = 0;
    int units = 0;
    int requiredUnits = 0;         // k for the group's load (the whole facility)
    double unitKw = 0;             // 0: the units have no capacity, counted as each carrying the load
    double loadKw = 0;
    double capacityOneOutKw = 0;   // (units − 1) × unit kW
    double marginKw = 0;           // capacityOneOutKw − loadKw; < 0: short
    bool passed = false;           // present and units − 1 ≥ k
};

struct Tier3FuelCheck
{
    double tankHours = 0;          // Tier3Options::fullLoad's hours, else Network::fuel.tankHours
    double requiredHours = 0;      // Tier3Options::minimumFuelHours
    bool passed = false;
    bool atFullLoad = false;       // the hours are Tier3Options::fullLoad's
    double loadKw = 0;             // the load they are at: the full load, else the generators' load (0: none)
};

// For each load, what drops it.
struct Tier3LoadExposure
{
    int load = -1;
    int loadId = 0;
    double kw = 0;
    Cording cording = Cording::Dual;
    std::vector<Tier3Component> maintenance;   // taken out, drops it (violations and single-corded)
    std::vector<Tier3Component> failures;      // failing, drops it
};

struct Tier3Summary
{
    // The infrastructure is concurrently maintainable, no group is short with every unit in, the
    // generators are N+1 and fuel lasts. Single-corded loads do not decide it (see Tier3Finding).
    bool passed = false;
    int violations = 0;
    int singleCorded = 0;
    int singlePointsOfFailure = 0;             // of which some may drop single-corded loads only
    int singlePointsSingleCordedOnly = 0;
    int overloadedGroups = 0;
    int loadsExposed = 0;                      // loads that some maintenance drops
};

struct Tier3Report
{
    std::vector<Tier3Finding> violations;              // maintenance that drops load (not excused)
    std::vector<Tier3Finding> singleCorded;            // maintenance that drops single-corded loads only
    std::vector<Tier3Finding> singlePointsOfFailure;   // one unit failing drops load (grid present)
    std::vector<Tier3Shortfall> overloadedGroups;      // short even with every unit in
    Tier3GeneratorCheck generators;
    Tier3FuelCheck fuel;
    std::vector<Tier3LoadExposure> loads;              // as Network::loads
    Tier3Summary summary;
};

// Findings are sorted by component (units, paths, sides; then by id), so the report does not
// depend on the order of the units. Fails when validate() refuses the network.
Result<Tier3Report> checkTier3(const Network &network, const Tier3Options &options = {});

} // namespace hectare::reliability
