#pragma once

#include "enums.h"
#include "ids.h"

#include <QString>

namespace hectare {

// Air-cooled chillers: capacity falls as the outdoor air gets hotter than the rating point.
struct ChillerGroup
{
    Id id = kNoId;
    QString name;
    double unitRatedKw = 0;        // heat removed per unit at the rated ambient
    double ratedAmbientC = 35;
    double deratePctPerC = 1.2;    // capacity lost per °C above the rated ambient
    double cop = 3.0;              // kW of heat removed per kW of electricity, at the design ambient
    int count = 1;
    Redundancy redundancy = Redundancy::N;

    bool operator==(const ChillerGroup &) const = default;
};

// CRAH/CRAC units in one hall.
struct CrahGroup
{
    Id id = kNoId;
    Id hallId = kNoId;
    QString name;
    double unitKw = 0;
    int count = 1;
    Redundancy redundancy = Redundancy::N;

    bool operator==(const CrahGroup &) const = default;
};

} // namespace hectare
