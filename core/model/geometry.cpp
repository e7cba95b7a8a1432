#include "geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace hectare {
namespace {

PointM minus(const PointM &a, const PointM &b) { return {a.x - b.x, a.y - b.y}; }
double dot(const PointM &a, const PointM &b) { return a.x * b.x + a.y * b.y; }
double cross(const PointM &a, const PointM &b) { return a.x * b.y - a.y * b.x; }

double distanceToSegment(const PointM &p, const PointM &a, const PointM &b)
{
    const PointM ab = minus(b, a);
    const PointM ap = minus(p, a);
    const double len2 = dot(ab, ab);
    double t = len2 > 0 ? dot(ap, ab) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const PointM closest{a.x + t * ab.x, a.y + t * ab.y};
    return std::hypot(p.x - closest.x, p.y - closest.y);
}

struct Interval
{
    double lo;
    double hi;
};

template<std::size_t N>
Interval project(const std::array<PointM, N> &points, const PointM &axis)
{
    Interval r{dot(points[0], axis), dot(points[0], axis)};
    for (std::size_t i = 1; i < N; ++i) {
        const double v = dot(points[i], axis);
        r.lo = std::min(r.lo, v);
        r.hi = std::max(r.hi, v);
    }
    return r;
}

// Unit normal of the edge a→b, or {0, 0} for a degenerate edge.
PointM unitNormal(const PointM &a, const PointM &b)
{
    const PointM d = minus(b, a);
    const double len = std::hypot(d.x, d.y);
    if (!(len > 0))
        return {0, 0};
    return {-d.y / len, d.x / len};
}

// Overlap depth of two convex shapes along the axes given: the smallest interval overlap
// (≤ 0 when an axis separates them). Degenerate axes are skipped; with none left there is no area
// to overlap.
template<std::size_t NA, std::size_t NB, std::size_t NX>
double minimumOverlap(const std::array<PointM, NA> &a, const std::array<PointM, NB> &b,
                      const std::array<PointM, NX> &axes)
{
    double depth = std::numeric_limits<double>::infinity();
    bool anyAxis = false;
    for (const PointM &axis : axes) {
        if (axis.x == 0 && axis.y == 0)
            continue;
        anyAxis = true;
        const Interval pa = project(a, axis);
        const Interval pb = project(b, axis);
        depth = std::min(depth, std::min(pa.hi, pb.hi) - std::max(pa.lo, pb.lo));
    }
    return anyAxis ? depth : -std::numeric_limits<double>::infinity();
}

// The rectangle pulled in by `by` on every side (never past its middle).
QuadM shrunk(const QuadM &q, double by)
{
    QuadM r = q;
    for (std::size_t i = 0; i < 4; ++i) {
        // Move each corner along both of its edges towards the inside.
        for (const PointM &other : {q[(i + 3) % 4], q[(i + 1) % 4]}) {
            const PointM d = minus(other, q[i]);
            const double len = std::hypot(d.x, d.y);
            if (len > 0) {
                const double step = std::min(by, len / 2);
                r[i].x += d.x / len * step;
                r[i].y += d.y / len * step;
            }
        }
    }
    return r;
}

// True when the segment a–b reaches into the open interior of the rectangle. Separating axes:
// the rectangle's two edge normals and the segment's normal; on each, the segment's projection
// (a point on its own normal, and on a rectangle axis when it is perpendicular to it) must reach
// strictly inside the rectangle's.
bool segmentCutsRectangle(const QuadM &rect, const PointM &a, const PointM &b)
{
    const std::array<PointM, 2> segment{a, b};
    for (const PointM &axis : {unitNormal(rect[0], rect[1]), unitNormal(rect[1], rect[2])}) {
        if (axis.x == 0 && axis.y == 0)
            return false;   // a rectangle without area has no interior
        const Interval r = project(rect, axis);
        const Interval s = project(segment, axis);
        if (!(s.lo < r.hi && s.hi > r.lo))
            return false;
    }
    const PointM n = unitNormal(a, b);
    if (n.x == 0 && n.y == 0)
        return true;   // a point strictly inside on both rectangle axes
    const Interval r = project(rect, n);
    const double line = dot(a, n);
    return r.lo < line && line < r.hi;
}

} // namespace

double polygonAreaM2(const std::vector<PointM> &polygon)
{
    const std::size_t n = polygon.size();
    if (n < 3)
        return 0;
    double twice = 0;
    for (std::size_t i = 0; i < n; ++i)
        twice += cross(polygon[i], polygon[(i + 1) % n]);
    return std::abs(twice) / 2;
}

bool pointInPolygon(const PointM &p, const std::vector<PointM> &polygon, double toleranceM)
{
    const std::size_t n = polygon.size();
    if (n < 3)
        return false;
    for (std::size_t i = 0; i < n; ++i)
        if (distanceToSegment(p, polygon[i], polygon[(i + 1) % n]) <= toleranceM)
            return true;
    // Crossing number: count edges that straddle the horizontal through p, to p's right.
    bool inside = false;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const PointM &a = polygon[i];
        const PointM &b = polygon[j];
        if ((a.y > p.y) != (b.y > p.y)) {
            const double x = a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x);
            if (x > p.x)
                inside = !inside;
        }
    }
    return inside;
}

QuadM rackFootprint(const Row &row, const Rack &rack)
{
    const double angle = row.orientationDeg * std::numbers::pi / 180.0;
    const PointM along{std::cos(angle), std::sin(angle)};
    const PointM left{-along.y, along.x};
    const double start = rack.offsetMm / 1000.0;
    const double end = (rack.offsetMm + rack.widthMm) / 1000.0;
    const double depth = rack.depthMm / 1000.0;
    auto at = [&](double s, double d) {
        return PointM{row.origin.x + along.x * s + left.x * d, row.origin.y + along.y * s + left.y * d};
    };
    return {at(start, 0), at(end, 0), at(end, depth), at(start, depth)};
}

BoundsM boundsOf(const QuadM &quad)
{
    BoundsM b{quad[0].x, quad[0].y, quad[0].x, quad[0].y};
    for (const PointM &p : quad) {
        b.minX = std::min(b.minX, p.x);
        b.minY = std::min(b.minY, p.y);
        b.maxX = std::max(b.maxX, p.x);
        b.maxY = std::max(b.maxY, p.y);
    }
    return b;
}

bool rectangleInsidePolygon(const QuadM &rect, const std::vector<PointM> &polygon, double toleranceM)
{
    if (polygon.size() < 3)
        return false;
    for (const PointM &corner : rect)
        if (!pointInPolygon(corner, polygon, toleranceM))
            return false;
    // The corners can all be inside a concave outline while a notch of it cuts into the
    // rectangle: no outline edge may reach into the rectangle pulled in by the tolerance.
    const QuadM inner = shrunk(rect, toleranceM);
    const std::size_t n = polygon.size();
    for (std::size_t i = 0; i < n; ++i)
        if (segmentCutsRectangle(inner, polygon[i], polygon[(i + 1) % n]))
            return false;
    // With no edge reaching in, the rectangle is wholly inside or wholly outside (a notch whose
    // corners all sit on the outline): its centre decides.
    const PointM centre{(rect[0].x + rect[2].x) / 2, (rect[0].y + rect[2].y) / 2};
    return pointInPolygon(centre, polygon, toleranceM);
}

bool rectanglesOverlap(const QuadM &a, const QuadM &b, double toleranceM)
{
    const std::array<PointM, 4> axes{unitNormal(a[0], a[1]), unitNormal(a[1], a[2]), unitNormal(b[0], b[1]),
                                     unitNormal(b[1], b[2])};
    return minimumOverlap(a, b, axes) > toleranceM;
}

} // namespace hectare
