#pragma once

#include "enums.h"
#include "hall.h"
#include "ids.h"

#include <QString>

#include <vector>

namespace hectare {

// Something on a hall's floor that is not a rack: a column, a wall, a door, a CRAH/CRAC unit,
// a PDU/RPP, a fire-suppression cylinder. Every kind is drawn as a rectangle: `widthM` along
// the direction `rotationDeg` (counter-clockwise from +x), `depthM` across it, centred on
// `centre`. The front (where service clearance is needed, where a CRAH blows) is the side at
// local -y: for rotation 0 the front faces -y, like a row of racks whose cold aisle is in front.
struct Obstacle
{
    Id id = kNoId;
    Id hallId = kNoId;
    ObstacleKind kind = ObstacleKind::Column;
    QString name;
    PointM centre;
    double widthM = 0.6;
    double depthM = 0.6;
    double rotationDeg = 0;

    bool operator==(const Obstacle &) const = default;
};

// A tenant's cage: a simple polygon in hall metres (counter-clockwise or not), fenced off for
// one tenant. Its area is computed (polygonAreaM2), never stored.
struct Cage
{
    Id id = kNoId;
    Id hallId = kNoId;
    Id tenantId = kNoId;
    QString name;
    std::vector<PointM> outline;

    bool operator==(const Cage &) const = default;
};

// The site's clearance rules, checked live on the plan (core/layout/clearance.h).
struct ClearanceRules
{
    double coldAisleMinM = 1.2;   // between two rows' cold (front) faces
    double hotAisleMinM = 0.9;    // between two rows' hot (back) faces
    double serviceMinM = 1.2;     // free floor in front of a PDU/RPP or a CRAH/CRAC unit
    double wallMinM = 1.0;        // from a rack to the hall's outline or a wall

    bool operator==(const ClearanceRules &) const = default;
};

} // namespace hectare
