#pragma once

// Private to core/layout: the measurements behind checkClearances() and layoutDimensions().
// Each is computed once here and judged against the rules there, so that a red dimension line
// and a violation always agree.

#include "clearance.h"
#include "placed_rows.h"

#include <span>
#include <vector>

namespace hectare::layout {

// Measured distances count as short of a rule only when they miss it by more than the geometry's
// tolerance: a layout is not flagged for less than a millimetre (nor for floating-point noise).
inline bool shortOf(double measuredM, double requiredM) { return measuredM < requiredM - kGeometryToleranceM; }

// Two rows whose faces look at each other over an aisle; sideA/sideB say which face of each.
struct MeasuredAisle
{
    Aisle aisle;
    AisleSide sideA = AisleSide::Front;   // face of row A towards the aisle
    AisleSide sideB = AisleSide::Front;
    bool coldA = true;                    // that face is the row's cold side
    bool coldB = true;
};

// The aisles between rows of one hall (rows of one hall only), ordered by row A, then row B.
std::vector<MeasuredAisle> aislesBetween(std::span<const PlacedRow> rows);

// A side of a row, as seen from the row: its front face, its back face, or one of its ends.
enum class RowSide { Front, Back, Start, End };

struct RackGap
{
    const PlacedRack *rack = nullptr;
    double distanceM = 0;
    PointM from;   // on the rack
    PointM to;     // on the wall
};

// The racks of one row that have a wall within reach on one side: the hall's outline or a Wall
// obstacle. `nearest` is the shortest of them.
struct WallGap
{
    const PlacedRow *row = nullptr;
    RowSide side = RowSide::Front;
    std::vector<RackGap> racks;   // in order along the row
    RackGap nearest;
};

// Every (row, side) of the hall that has a wall within reachM, ordered by row then side.
std::vector<WallGap> wallGaps(const Hall &hall, std::span<const PlacedRow> rows,
                              const std::vector<const Obstacle *> &walls, double reachM);

// The floor in front of a PDU/RPP or a CRAH/CRAC unit, `depthM` deep and as wide as the unit.
struct ServiceZone
{
    QuadM zone;
    double freeDepthM = 0;                   // up to depthM: how far the floor is free
    PointM from;                             // the middle of the unit's front
    PointM to;                               // freeDepthM further out
    std::vector<LayoutObjectRef> inTheWay;   // racks and obstacles overlapping the zone, nearest first
    bool leavesHall = false;                 // the zone reaches past the hall's outline
};

// `obstacles` are the hall's obstacles (the unit among them is skipped; doors never block).
ServiceZone measureServiceZone(const Obstacle &unit, const Hall &hall, std::span<const PlacedRow> rows,
                               const std::vector<const Obstacle *> &obstacles, double depthM);

inline bool needsServiceZone(const Obstacle &o) { return o.kind == ObstacleKind::Pdu || o.kind == ObstacleKind::Crah; }

// The obstacles of one hall, by id.
std::vector<const Obstacle *> obstaclesOfHall(const SiteModel &model, Id hallId);

} // namespace hectare::layout
