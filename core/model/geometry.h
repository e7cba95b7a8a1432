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
BoundsM boundsOf(const std::vector<PointM> &polygon);   // all zero for no points

// True when every corner of the rectangle is inside the polygon (within tolerance) and no edge of
// the polygon cuts into the rectangle by more than the tolerance.
bool rectangleInsidePolygon(const QuadM &rect, const std::vector<PointM> &polygon,
                            double toleranceM = kGeometryToleranceM);

// A rectangle `widthM` long along `rotationDeg` (counter-clockwise from +x) and `depthM` across,
// centred on `centre`. Corners counter-clockwise, starting at the front (local −y) left one:
// front-start, front-end, back-end, back-start, like rackFootprint(). An obstacle's rectangle is
// rotatedRectangle(centre, widthM, depthM, rotationDeg): its front is corners 0–1.
QuadM rotatedRectangle(const PointM &centre, double widthM, double depthM, double rotationDeg);

// True when no two edges of the closed polygon meet except adjacent ones at their shared corner:
// no crossing, no touching, no repeated point, no edge folding back on the previous one.
// Fewer than 3 points is not a polygon.
bool polygonIsSimple(const std::vector<PointM> &polygon);

// The area two simple polygons (convex or not, either winding) have in common, m². Polygons that
// only share edges or corners have none. Each is cut into triangles (ear clipping) and each pair
// of triangles is clipped (Sutherland–Hodgman): fine for outlines of tens of points.
double polygonOverlapAreaM2(const std::vector<PointM> &a, const std::vector<PointM> &b);

// True when the simple polygon `inner` lies inside `outer`: every corner within toleranceM of it,
// and no more of its area outside than a band toleranceM wide along its perimeter.
bool polygonInsidePolygon(const std::vector<PointM> &inner, const std::vector<PointM> &outer,
                          double toleranceM = kGeometryToleranceM);

// Separating-axis test for two rectangles. Rectangles that only touch (share an edge or a corner,
// or overlap by no more than toleranceM) do not overlap.
bool rectanglesOverlap(const QuadM &a, const QuadM &b, double toleranceM = kGeometryToleranceM);

} // namespace hectare
