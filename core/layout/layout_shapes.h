#pragma once

// Private to core/layout: the plane geometry that the clearance checks and the plan's edits
// share (directions, rotations, obstacle rectangles, closest points between segments).

#include "model/geometry.h"
#include "model/layout.h"

#include <vector>

namespace hectare::layout {

inline PointM add(const PointM &a, const PointM &b) { return {a.x + b.x, a.y + b.y}; }
inline PointM sub(const PointM &a, const PointM &b) { return {a.x - b.x, a.y - b.y}; }
inline PointM scaled(const PointM &a, double k) { return {a.x * k, a.y * k}; }
inline double dot(const PointM &a, const PointM &b) { return a.x * b.x + a.y * b.y; }
inline double cross(const PointM &a, const PointM &b) { return a.x * b.y - a.y * b.x; }
inline PointM midpoint(const PointM &a, const PointM &b) { return {(a.x + b.x) / 2, (a.y + b.y) / 2}; }

// Unit vector of a direction (degrees counter-clockwise from +x) and of its left (+90°),
// computed the way rackFootprint() does, so that faces and footprints agree to the last bit.
struct Direction
{
    PointM along;
    PointM left;
};
Direction directionOf(double degrees);

// An angle in [0, 360).
double normalisedDegrees(double degrees);

// p turned by `degrees` about `centre`; exact for multiples of 90° so that turning a layout a
// quarter four times gives it back unchanged.
PointM rotatedAbout(const PointM &p, const PointM &centre, double degrees);

// The obstacle's rectangle, counter-clockwise from its front-left corner (local -x, -y).
inline QuadM obstacleFootprint(const Obstacle &o)
{
    return rotatedRectangle(o.centre, o.widthM, o.depthM, o.rotationDeg);
}

BoundsM boundsOfSegment(const PointM &a, const PointM &b);
BoundsM united(const BoundsM &a, const BoundsM &b);
// Gap between two bounds (0 when they touch or overlap), for cheap rejection before exact tests.
double boundsGap(const BoundsM &a, const BoundsM &b);

// The shortest segment between two shapes: `from` on the first, `to` on the second.
struct Closest
{
    double distanceM = 0;
    PointM from;
    PointM to;
};
Closest closestBetweenSegments(const PointM &a0, const PointM &a1, const PointM &b0, const PointM &b1);
// Between a rectangle's outline and a segment (0 when the segment crosses the outline).
Closest closestBetween(const QuadM &quad, const PointM &b0, const PointM &b1);

} // namespace hectare::layout
