#pragma once

#include "hall.h"

#include <array>
#include <vector>

namespace hectare {

// Plan geometry in hall metres, small and exact enough for floor plans: no QtGui.
// Two shapes that come closer than the tolerance are treated as touching, not as crossing.
inline constexpr double kGeometryToleranceM = 0.001;   // 1 mm

// Four corners of a (possibly rotated) rectangle, counter-clockwise.
using QuadM = std::array<PointM, 4>;

// Axis-aligned bounds, for bucketing.
struct BoundsM
{
    double minX = 0;
    double minY = 0;
    double maxX = 0;
    double maxY = 0;
};

// Area enclosed by a simple polygon (shoelace formula), always ≥ 0; 0 for fewer than 3 points.
double polygonAreaM2(const std::vector<PointM> &polygon);

// True when p lies inside the polygon or within toleranceM of its outline.
bool pointInPolygon(const PointM &p, const std::vector<PointM> &polygon,
                    double toleranceM = kGeometryToleranceM);

// The rack's footprint in hall metres: it spans [offset, offset + width] along the row from the
// row's origin in the row's direction, and its depth extends to the row's left (+90°).
// Corners in order: front-start, front-end, back-end, back-start (counter-clockwise).
QuadM rackFootprint(const Row &row, const Rack &rack);

BoundsM boundsOf(const QuadM &quad);

// True when every corner of the rectangle is inside the polygon (within tolerance) and no edge of
// the polygon cuts into the rectangle by more than the tolerance.
bool rectangleInsidePolygon(const QuadM &rect, const std::vector<PointM> &polygon,
                            double toleranceM = kGeometryToleranceM);

// Separating-axis test for two rectangles. Rectangles that only touch (share an edge or a corner,
// or overlap by no more than toleranceM) do not overlap.
bool rectanglesOverlap(const QuadM &a, const QuadM &b, double toleranceM = kGeometryToleranceM);

} // namespace hectare
