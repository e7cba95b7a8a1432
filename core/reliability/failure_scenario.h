#pragma once

// A deterministic replay of a named failure scenario over a Network (reliability_network.h): grid
// outages, unit failures, maintenance and generators failing to start at given times, replayed
// with the availability Monte Carlo's rules (year_simulation.cpp: k-out-of-n groups, battery and
// ride-through as delays, fuel from the outage start, the chillers' restart after power returns)
// so that both tell the same story.
// See docs/failure-scenarios.md.

#include "down_intervals.h"
#include "reliability_network.h"
#include "scenario_cause.h"

#include "model/error.h"

#include <QString>

#include <map>
#include <optional>
#include <variant>
#include <vector>

namespace hectare::reliability {

// Capacity factor of an air-cooled chiller at `ambientC`: 1 − k × (T − T_rated), k in %/°C
// (reference: k ≈ 1.2 %/°C at a 35 °C rating point). No credit below the rating point (capped at
// 1, conservative) and never below 0.
double chillerDerating(double ratedAmbientC, double deratePctPerC, double ambientC);

// The grid is lost for durationHours from the event's time.
struct GridOutage
{
    double durationHours = 0;
};

// A unit fails at the event's time and is back repairHours later (< 0: the unit's MTTR).
struct UnitFails
{
    int unit = -1;                 // index into Network::units
    double repairHours = -1;
};

// A unit is out for planned maintenance over [fromHours, untilHours); the event's time is not used.
struct UnitInMaintenance
{
    int unit = -1;
    double fromHours = 0;
    double untilHours = 0;
};

// A standby unit (a generator) fails to start on every demand (grid outage) that begins at or after
// the event's time, and stays out until that outage ends.
struct GeneratorFailsToStart
{
    int unit = -1;
};

struct ScenarioEvent
{
    double atHours = 0;
    std::variant<GridOutage, UnitFails, UnitInMaintenance, GeneratorFailsToStart> what;
};

struct ScenarioOptions
{
    std::map<int, double> capacityScale;      // group index → factor on its units' kW (e.g. chillerDerating())
    bool refuel = true;                       // a delivery every Network::fuel.refuelLeadHours
    std::optional<double> coolingRestartMinutes;   // none: each cooling's Cooling::restartMinutes
    double sampleMinutes = 1;                 // the chart series' step
};

struct FailureScenario
{
    QString name;
    double horizonHours = 72;
    std::vector<ScenarioEvent> events;        // in any order: the replay does not depend on it
    ScenarioOptions options;
};

// A load without power or without cooling over [startHours, endHours).
struct LoadLoss
{
    enum class What { Power, Cooling };

    What what = What::Power;
    double startHours = 0;
    double endHours = 0;
    double kw = 0;
    std::vector<CauseChain> causes;           // power: one per path of the load; cooling: one
    QString text;                             // the chains, translated
};

struct LoadTimeline
{
    int load = -1;                            // index into Network::loads
    int loadId = 0;
    double kw = 0;
    std::vector<LoadLoss> losses;             // power and cooling, by start
    Intervals down;                           // without power or cooling (the Monte Carlo's load down)
};

// The state at one time, for the chart. Times are hours; buffers are what is left of them.
struct ScenarioSample
{
    double hours = 0;
    double itKwCarried = 0;                   // loads with power and cooling
    std::vector<double> batteryMinutesLeft;   // per path
    std::vector<double> rideThroughMinutesLeft;   // per cooling
    double fuelHoursLeft = 0;                 // infinite when the network's tanks are
    int generatorsRunning = 0;                // carrying the load
};

struct ScenarioTimeline
{
    QString name;
    double horizonHours = 0;
    std::vector<LoadTimeline> loads;          // as Network::loads
    std::vector<ScenarioSample> samples;      // every sampleMinutes from 0 to the horizon
    Intervals sourceDown;                     // the site's source (grid and generators) not carrying
    std::vector<Intervals> pathDown;          // per path
    std::vector<Intervals> coolingDown;       // per cooling, after the ride-through

    double droppedKwHours() const;            // kW × hours of IT load without power or cooling
};

// Fails when validate() refuses the network or an event names a unit that does not exist or has
// negative times.
Result<ScenarioTimeline> replay(const Network &network, const FailureScenario &scenario);

} // namespace hectare::reliability
