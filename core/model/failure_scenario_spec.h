#pragma once

// A named failure scenario as the document stores it (table failure_scenario and its events):
// what happens, when, to which component. Replayed by reliability/stored_scenario.h, which
// compiles the site at the scenario's ambient and turns components into network units.

#include "ids.h"

#include <QString>

#include <optional>
#include <vector>

namespace hectare {

enum class ScenarioEventKind {
    GridOutage,              // the utility is lost for durationHours from atHours
    ComponentFails,          // the unit fails at atHours; back after durationHours (≤ 0: its MTTR)
    ComponentInMaintenance,  // the unit is out over [atHours, atHours + durationHours)
    GeneratorFailsToStart,   // the generator fails to start on every grid outage from atHours on
};

struct ScenarioEventSpec
{
    ScenarioEventKind kind = ScenarioEventKind::GridOutage;
    double atHours = 0;
    double durationHours = 0;
    // The unit, for every kind but GridOutage: a reliability library kind key ("ups-module",
    // "chiller", "diesel-generator", "transformer", "ats", "lv-switchgear", "chw-pump", "crah-crac",
    // "pdu-rpp"), the id of the document's group (switchgear, PDU) of that kind, and the unit's
    // 1-based place in that group (a 2N group's B half goes on after its A half).
    QString componentKind;
    Id componentId = kNoId;
    int member = 1;

    bool operator==(const ScenarioEventSpec &) const = default;
};

struct FailureScenarioSpec
{
    Id id = kNoId;
    QString name;                    // unique in the document
    QString description;
    double horizonHours = 72;
    std::optional<double> ambientC;  // the chillers are derated to it; none: the site's design ambient
    bool refuel = true;              // fuel deliveries every tank's lead time
    std::vector<ScenarioEventSpec> events;   // by atHours, as stored

    bool operator==(const FailureScenarioSpec &) const = default;
};

} // namespace hectare
