#pragma once

// The flat description of a site's power and cooling that the availability engine simulates.
// The document's topology is compiled into it; it holds plain numbers and indices only.
//
//   source = utility grid, backed by a standby generator group (fail-to-start, start time, fuel)
//   path   = source → upstream groups → UPS battery → downstream groups      (one per feed: A or B)
//   cooling= groups (chillers, pumps, CRAH) powered by the source, bridged by the hall's thermal ride-through
//   load   = (path A and/or path B) and its cooling
//
// Units are hours and kW; battery and ride-through times are minutes as their names say.

#include "model/error.h"

#include <QString>

#include <limits>
#include <vector>

namespace hectare::reliability {

inline constexpr double kHoursPerYear = 8760.0;
inline constexpr double kNever = std::numeric_limits<double>::infinity();

// Fast-restart chillers take 3–5 min after power returns (reference: 3–5 min, slow ones 10–30).
inline constexpr double kDefaultCoolingRestartMinutes = 5;

// One repairable component with exponential failures and repairs.
struct Unit
{
    int id = 0;                  // the component's id in the document, for reports
    double mtbfHours = kNever;   // mean time between failures; standby units: in running hours
    double mttrHours = 0;        // mean time to repair
    double capacityKw = 0;       // what one unit carries; ≤ 0: not a capacity component (k = 1)
    double failToStart = 0;      // standby units only: probability of failing to start on a demand
    double startHours = 0;       // standby units only: from the demand to carrying the load
    QString name = {};                // for reports: "UPS-A module 2"; empty: named by id
};

// Identical units sharing a load. How many must run follows from the load: k = ceil(load / capacity).
struct Group
{
    int id = 0;
    std::vector<int> units;      // indices into Network::units
    double loadKw = 0;           // the load the group must carry on its own (the whole load of its path)
    QString name = {};
};

// Battery time scales with the load: minutes at the present load = minutes at full load × rated / load.
// Linear, which is conservative: real batteries (Peukert) last longer than that at part load.
struct UpsBattery
{
    double minutesAtFullLoad = 0;   // 0: no battery
    double ratedKw = 0;             // the load "full load" refers to
    double loadKw = 0;              // the present load

    double minutes() const;
};

enum class Side { A, B };

// A distribution path from the site's source to the racks, as a series chain of groups. The battery
// bridges losses of the source and of the upstream groups, not of the groups after it.
struct Path
{
    int id = 0;
    Side side = Side::A;
    std::vector<int> upstream;     // groups between the source and the battery (transformer, switchgear)
    UpsBattery battery;
    std::vector<int> downstream;   // groups after the battery (UPS modules, PDU/RPP)
    QString name = {};
};

// A hall's cooling as a series chain of groups; the hall's thermal mass bridges a loss of it.
struct Cooling
{
    int id = 0;
    std::vector<int> groups;          // chillers, pumps, CRAH/CRAC
    bool needsSource = true;          // runs on the site's source (not on UPS): loses cooling with it
    double rideThroughMinutes = 0;    // from the loss of cooling to the inlet limit
    // Chillers tripped by a loss of the source come back this long after it returns (fast-restart
    // chillers: 3–5 min); the cooling stays down meanwhile. Only with needsSource.
    double restartMinutes = 0;
    QString name = {};
};

enum class Cording { Dual, SingleA, SingleB };

// A group of racks that share their paths and their cooling (typically the racks of one PDU pair).
struct Load
{
    int id = 0;
    double kw = 0;
    Cording cording = Cording::Dual;   // dual: up while either path is up
    int pathA = -1;                    // index into Network::paths; -1: none
    int pathB = -1;
    int cooling = -1;                  // index into Network::coolings; -1: cooling is not simulated
    QString name = {};
};

// Utility outages: a Poisson-like alternation of up and down spells with `outagesPerYear` outages a
// year on average; a duration is short (exponential, mean `meanHours`) or, with probability
// `tailShare`, from the long tail (exponential, mean `tailMeanHours`).
struct GridProfile
{
    double outagesPerYear = 0;   // 0: the utility never fails
    double meanHours = 3;
    double tailShare = 0;
    double tailMeanHours = 24;

    double meanDurationHours() const { return (1 - tailShare) * meanHours + tailShare * tailMeanHours; }
};

// Fuel for the generators: hours the tanks last at the present load, and the lead time of a delivery
// ordered when an outage begins (then every lead time after). Tanks are full when an outage begins.
struct Fuel
{
    double tankHours = kNever;
    double refuelLeadHours = 0;
};

struct Network
{
    std::vector<Unit> units;
    std::vector<Group> groups;
    std::vector<Path> paths;
    std::vector<Cooling> coolings;
    std::vector<Load> loads;
    GridProfile grid;
    int generators = -1;   // index of the standby group that backs the grid; -1: none
    Fuel fuel;
};

// k for a group: ceil(load / unit capacity), at least 1; more than its unit count when it cannot
// carry the load at all. Units without a capacity count as each carrying the whole load (k = 1).
int requiredUnits(const Network &network, const Group &group);

// Checks indices and figures; names the object and field of the first problem.
Status validate(const Network &network);

} // namespace hectare::reliability
