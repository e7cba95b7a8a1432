#pragma once

#include "enums.h"
#include "ids.h"

#include <QString>

namespace hectare {

struct UtilityFeed
{
    Id id = kNoId;
    QString name;
    double kva = 0;

    bool operator==(const UtilityFeed &) const = default;
};

// A group of identical units sharing a load; the redundancy says how many are spares.
struct TransformerGroup
{
    Id id = kNoId;
    QString name;
    double unitKva = 0;
    int count = 1;
    Redundancy redundancy = Redundancy::N;
    double efficiency = 0.98;
    // The distribution path the group serves; None: shared by both (a 2N group counts as half a side each).
    FeedPath path = FeedPath::None;

    bool operator==(const TransformerGroup &) const = default;
};

struct GeneratorGroup
{
    Id id = kNoId;
    QString name;
    double unitKva = 0;
    int count = 1;
    double powerFactor = 0.8;
    Redundancy redundancy = Redundancy::N;
    // Defaults: the reliability library's "diesel-generator" entry (a 1,000 kVA / 800 kW set).
    double failToStart = 0.0094;   // probability per demand
    double startSeconds = 10;      // from the demand to carrying the load
    double fuelLph25 = 65.7;       // litres an hour per unit at 25, 50, 75 and 100 % of its rated kW
    double fuelLph50 = 110.7;
    double fuelLph75 = 158.3;
    double fuelLph100 = 215.5;

    bool operator==(const GeneratorGroup &) const = default;
};

struct UpsGroup
{
    Id id = kNoId;
    QString name;
    double moduleKw = 0;
    int moduleCount = 1;
    Redundancy redundancy = Redundancy::N;
    double efficiency = 0.95;
    double batteryMinutes = 10;   // at the group's full load (its capacity without the spares)

    bool operator==(const UpsGroup &) const = default;
};

// A PDU or remote power panel in a hall, on path A or B, fed by a UPS group.
struct Pdu
{
    Id id = kNoId;
    Id hallId = kNoId;
    Id upsGroupId = kNoId;
    QString name;
    FeedPath path = FeedPath::None;
    double breakerA = 0;
    double voltageV = 400;
    int phases = 3;

    bool operator==(const Pdu &) const = default;
};

} // namespace hectare
