#include "geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <span>

namespace hectare {
namespace {

// The smallest axis-aligned box around one or more points.
BoundsM boundsOfPoints(std::span<const PointM> points)
{
    BoundsM b{points[0].x, points[0].y, points[0].x, points[0].y};
    for (const PointM &p : points) {
        b.minX = std::min(b.minX, p.x);
        b.minY = std::min(b.minY, p.y);
        b.maxX = std::max(b.maxX, p.x);
        b.maxY = std::max(b.maxY, p.y);
    }
    return b;
}

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


// Which side of a→b the point c is on: > 0 left, < 0 right, 0 on the line (twice the triangle's area).
double orient(const PointM &a, const PointM &b, const PointM &c) { return cross(minus(b, a), minus(c, a)); }

double length(const PointM &v) { return std::hypot(v.x, v.y); }

// Lengths well below a millimetre: points this close are the same point, a corner this flat is straight.
constexpr double kSamePointM = 1e-9;
constexpr double kFlatCorner = 1e-12;

// a, b, c on one straight line (relative to the lengths of the two edges at b).
bool collinear(const PointM &a, const PointM &b, const PointM &c)
{
    return std::abs(orient(a, b, c)) <= kFlatCorner * length(minus(b, a)) * length(minus(c, b));
}

// Closed segments a–b and c–d cross or touch.
bool segmentsMeet(const PointM &a, const PointM &b, const PointM &c, const PointM &d)
{
    const double o1 = orient(a, b, c);
    const double o2 = orient(a, b, d);
    const double o3 = orient(c, d, a);
    const double o4 = orient(c, d, b);
    if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0)))
        return true;
    return distanceToSegment(c, a, b) <= kSamePointM || distanceToSegment(d, a, b) <= kSamePointM
           || distanceToSegment(a, c, d) <= kSamePointM || distanceToSegment(b, c, d) <= kSamePointM;
}

using Triangle = std::array<PointM, 3>;

// Ear clipping of a simple polygon into counter-clockwise triangles. Corners on a straight edge
// are dropped (they enclose nothing); if rounding leaves no clean ear, the most convex corner is
// cut so that the loop always ends.
std::vector<Triangle> triangulate(std::vector<PointM> v)
{
    std::vector<Triangle> triangles;
    if (v.size() < 3)
        return triangles;
    double twice = 0;
    for (std::size_t i = 0; i < v.size(); ++i)
        twice += cross(v[i], v[(i + 1) % v.size()]);
    if (twice < 0)
        std::reverse(v.begin(), v.end());
    std::vector<std::size_t> left(v.size());
    std::iota(left.begin(), left.end(), std::size_t(0));

    const auto corner = [&](std::size_t i) {
        const std::size_t m = left.size();
        return Triangle{v[left[(i + m - 1) % m]], v[left[i]], v[left[(i + 1) % m]]};
    };
    const auto isEar = [&](std::size_t i, const Triangle &t) {
        if (!(orient(t[0], t[1], t[2]) > 0))
            return false;   // reflex
        const std::size_t m = left.size();
        for (std::size_t k = 0; k < m; ++k) {
            if (k == i || k == (i + 1) % m || k == (i + m - 1) % m)
                continue;
            const PointM &p = v[left[k]];
            if (orient(t[0], t[1], p) >= 0 && orient(t[1], t[2], p) >= 0 && orient(t[2], t[0], p) >= 0)
                return false;   // another corner inside or on the cut
        }
        return true;
    };

    while (left.size() > 3) {
        std::size_t cut = left.size();
        bool flat = false;
        for (std::size_t i = 0; i < left.size(); ++i) {
            const Triangle t = corner(i);
            if (collinear(t[0], t[1], t[2])) {
                cut = i;
                flat = true;
                break;
            }
            if (isEar(i, t)) {
                cut = i;
                break;
            }
        }
        if (cut == left.size()) {
            double best = -std::numeric_limits<double>::infinity();
            for (std::size_t i = 0; i < left.size(); ++i) {
                const Triangle t = corner(i);
                if (const double o = orient(t[0], t[1], t[2]); o > best) {
                    best = o;
                    cut = i;
                }
            }
        }
        const Triangle t = corner(cut);
        if (!flat && orient(t[0], t[1], t[2]) > 0)
            triangles.push_back(t);
        left.erase(left.begin() + std::ptrdiff_t(cut));
    }
    const Triangle last = corner(1);
    if (orient(last[0], last[1], last[2]) > 0)
        triangles.push_back(last);
    return triangles;
}

// Area of the triangle `subject` inside the counter-clockwise triangle `clip` (Sutherland–Hodgman).
double clippedArea(const Triangle &subject, const Triangle &clip)
{
    std::vector<PointM> polygon(subject.begin(), subject.end());
    std::vector<PointM> out;
    for (std::size_t e = 0; e < 3 && !polygon.empty(); ++e) {
        const PointM &a = clip[e];
        const PointM &b = clip[(e + 1) % 3];
        out.clear();
        for (std::size_t i = 0; i < polygon.size(); ++i) {
            const PointM &p = polygon[i];
            const PointM &q = polygon[(i + 1) % polygon.size()];
            const double dp = orient(a, b, p);
            const double dq = orient(a, b, q);
            if (dp >= 0)
                out.push_back(p);
            if ((dp >= 0) != (dq >= 0)) {
                const double t = dp / (dp - dq);
                out.push_back({p.x + t * (q.x - p.x), p.y + t * (q.y - p.y)});
            }
        }
        polygon.swap(out);
    }
    return polygonAreaM2(polygon);
}

BoundsM boundsOfTriangle(const Triangle &t)
{
    return {std::min({t[0].x, t[1].x, t[2].x}), std::min({t[0].y, t[1].y, t[2].y}),
            std::max({t[0].x, t[1].x, t[2].x}), std::max({t[0].y, t[1].y, t[2].y})};
}

bool boundsMeet(const BoundsM &a, const BoundsM &b)
{
    return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
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
    return boundsOfPoints(quad);
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

BoundsM boundsOf(const std::vector<PointM> &polygon)
{
    if (polygon.empty())
        return {};
    return boundsOfPoints(polygon);
}

QuadM rotatedRectangle(const PointM &centre, double widthM, double depthM, double rotationDeg)
{
    const double angle = rotationDeg * std::numbers::pi / 180.0;
    const PointM along{std::cos(angle), std::sin(angle)};
    const PointM across{-along.y, along.x};
    const auto at = [&](double u, double v) {
        return PointM{centre.x + along.x * u + across.x * v, centre.y + along.y * u + across.y * v};
    };
    const double w = widthM / 2;
    const double d = depthM / 2;
    return {at(-w, -d), at(w, -d), at(w, d), at(-w, d)};
}

bool polygonIsSimple(const std::vector<PointM> &polygon)
{
    const std::size_t n = polygon.size();
    if (n < 3)
        return false;
    for (const PointM &p : polygon)
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            return false;
    for (std::size_t i = 0; i < n; ++i) {
        const PointM &previous = polygon[(i + n - 1) % n];
        const PointM &p = polygon[i];
        const PointM &next = polygon[(i + 1) % n];
        if (length(minus(next, p)) <= kSamePointM)
            return false;   // a repeated point
        // The edge after p turning straight back along the edge before it.
        if (collinear(previous, p, next) && dot(minus(previous, p), minus(next, p)) > 0)
            return false;
    }
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 2; j < n; ++j) {
            if (i == 0 && j == n - 1)
                continue;   // the last edge and the first are adjacent
            if (segmentsMeet(polygon[i], polygon[i + 1], polygon[j], polygon[(j + 1) % n]))
                return false;
        }
    return true;
}

double polygonOverlapAreaM2(const std::vector<PointM> &a, const std::vector<PointM> &b)
{
    if (a.size() < 3 || b.size() < 3 || !boundsMeet(boundsOf(a), boundsOf(b)))
        return 0;
    const std::vector<Triangle> ta = triangulate(a);
    const std::vector<Triangle> tb = triangulate(b);
    std::vector<BoundsM> bb;
    bb.reserve(tb.size());
    for (const Triangle &t : tb)
        bb.push_back(boundsOfTriangle(t));
    double area = 0;
    for (const Triangle &s : ta) {
        const BoundsM sb = boundsOfTriangle(s);
        for (std::size_t j = 0; j < tb.size(); ++j)
            if (boundsMeet(sb, bb[j]))
                area += clippedArea(s, tb[j]);
    }
    return area;
}

bool polygonInsidePolygon(const std::vector<PointM> &inner, const std::vector<PointM> &outer, double toleranceM)
{
    if (inner.size() < 3 || outer.size() < 3)
        return false;
    double perimeter = 0;
    for (std::size_t i = 0; i < inner.size(); ++i) {
        if (!pointInPolygon(inner[i], outer, toleranceM))
            return false;
        perimeter += length(minus(inner[(i + 1) % inner.size()], inner[i]));
    }
    // Corners inside a concave outline do not make edges inside: compare the areas.
    const double outside = polygonAreaM2(inner) - polygonOverlapAreaM2(inner, outer);
    return outside <= toleranceM * perimeter;
}

bool rectanglesOverlap(const QuadM &a, const QuadM &b, double toleranceM)
{
    const std::array<PointM, 4> axes{unitNormal(a[0], a[1]), unitNormal(a[1], a[2]), unitNormal(b[0], b[1]),
                                     unitNormal(b[1], b[2])};
    return minimumOverlap(a, b, axes) > toleranceM;
}

} // namespace hectare
