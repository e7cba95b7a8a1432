#pragma once

// The parts of the power and cooling topology that are not capacity groups of their own elsewhere
// (power_chain.h, cooling.h): the grid's outage profile, fuel storage, transfer switches and
// switchgear, chilled-water pumps, and per-component overrides of the reliability library.

#include "enums.h"
#include "ids.h"

#include <QString>

namespace hectare {

// Utility outages: `outagesPerYear` a year; a duration is short (mean `meanHours`) or, with
// probability `tailShare`, from a long tail (mean `tailMeanHours`). 0 outages: a utility that never fails.
struct GridOutageProfile
{
    double outagesPerYear = 0;
    double meanHours = 3;
    double tailShare = 0;
    double tailMeanHours = 24;

    bool operator==(const GridOutageProfile &) const = default;
};

// Diesel storage for the generators; a delivery ordered when an outage begins arrives after the lead time.
struct FuelTank
{
    Id id = kNoId;
    QString name;
    double litres = 0;
    double refuelLeadHours = 24;

    bool operator==(const FuelTank &) const = default;
};

// An ATS or a switchgear line-up on one distribution path (None: common to both).
struct Switchgear
{
    Id id = kNoId;
    QString name;
    SwitchgearKind kind = SwitchgearKind::Switchgear;
    FeedPath path = FeedPath::None;
    int count = 1;
    Redundancy redundancy = Redundancy::N;
    double ratedKw = 0;   // per unit; 0: not a capacity component (it carries whatever flows through it)

    bool operator==(const Switchgear &) const = default;
};

// Chilled-water pumps; a unit's duty is expressed as the heat its flow moves, kW.
struct PumpGroup
{
    Id id = kNoId;
    QString name;
    double unitKw = 0;
    int count = 1;
    Redundancy redundancy = Redundancy::N;

    bool operator==(const PumpGroup &) const = default;
};

// The user's MTBF and MTTR for one component instead of the library's defaults for its kind.
// `kind` is a reliability library kind key ("diesel-generator", "ups-module", "chiller", …);
// `componentId` the id of the group (or tank, switchgear) of that kind in the document.
struct ComponentReliability
{
    QString kind;
    Id componentId = kNoId;
    double mtbfHours = 0;
    double mttrHours = 0;

    bool operator==(const ComponentReliability &) const = default;
};

} // namespace hectare
