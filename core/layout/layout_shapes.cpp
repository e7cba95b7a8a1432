#include "layout_shapes.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hectare::layout {
namespace {

// Distances this close are the same distance, measured along different edges.
constexpr double kTieM = 1e-9;

// The point of segment a–b nearest to p.
PointM nearestOnSegment(const PointM &p, const PointM &a, const PointM &b)
{
    const PointM ab = sub(b, a);
    const double len2 = dot(ab, ab);
    const double t = len2 > 0 ? std::clamp(dot(sub(p, a), ab) / len2, 0.0, 1.0) : 0.0;
    return add(a, scaled(ab, t));
}

} // namespace

Direction directionOf(double degrees)
{
    const double angle = degrees * std::numbers::pi / 180.0;
    const PointM along{std::cos(angle), std::sin(angle)};
    return {along, {-along.y, along.x}};
}

double normalisedDegrees(double degrees)
{
    double r = std::fmod(degrees, 360.0);
    if (r < 0)
        r += 360.0;
    if (r >= 360.0)   // -1e-15 + 360 rounds to 360
        r -= 360.0;
    return r == 0 ? 0.0 : r;   // no -0
}

PointM rotatedAbout(const PointM &p, const PointM &centre, double degrees)
{
    const double turn = normalisedDegrees(degrees);
    double c = 0;
    double s = 0;
    if (turn == 0) {
        c = 1;
    } else if (turn == 90) {
        s = 1;
    } else if (turn == 180) {
        c = -1;
    } else if (turn == 270) {
        s = -1;
    } else {
        const double angle = turn * std::numbers::pi / 180.0;
        c = std::cos(angle);
        s = std::sin(angle);
    }
    const PointM d = sub(p, centre);
    return {centre.x + c * d.x - s * d.y, centre.y + s * d.x + c * d.y};
}

BoundsM boundsOfSegment(const PointM &a, const PointM &b)
{
    return {std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)};
}

BoundsM united(const BoundsM &a, const BoundsM &b)
{
    return {std::min(a.minX, b.minX), std::min(a.minY, b.minY), std::max(a.maxX, b.maxX), std::max(a.maxY, b.maxY)};
}

double boundsGap(const BoundsM &a, const BoundsM &b)
{
    const double dx = std::max({0.0, a.minX - b.maxX, b.minX - a.maxX});
    const double dy = std::max({0.0, a.minY - b.maxY, b.minY - a.maxY});
    return std::hypot(dx, dy);
}

Closest closestBetweenSegments(const PointM &a0, const PointM &a1, const PointM &b0, const PointM &b1)
{
    // Segments that cross properly meet at one point.
    const PointM da = sub(a1, a0);
    const PointM db = sub(b1, b0);
    const double s0 = cross(db, sub(a0, b0));
    const double s1 = cross(db, sub(a1, b0));
    const double t0 = cross(da, sub(b0, a0));
    const double t1 = cross(da, sub(b1, a0));
    if (((s0 < 0 && s1 > 0) || (s0 > 0 && s1 < 0)) && ((t0 < 0 && t1 > 0) || (t0 > 0 && t1 < 0))) {
        const PointM x = add(a0, scaled(da, s0 / (s0 - s1)));
        return {0, x, x};
    }
    // Parallel segments side by side are closest all along their common stretch: measure in its
    // middle, where a dimension line reads best.
    const double lenA2 = dot(da, da);
    const double lenB2 = dot(db, db);
    if (lenA2 > 0 && lenB2 > 0 && std::abs(cross(da, db)) <= 1e-12 * std::sqrt(lenA2 * lenB2)) {
        const double tb0 = dot(sub(b0, a0), da) / lenA2;
        const double tb1 = dot(sub(b1, a0), da) / lenA2;
        const double lo = std::max(0.0, std::min(tb0, tb1));
        const double hi = std::min(1.0, std::max(tb0, tb1));
        if (lo <= hi) {
            const PointM from = add(a0, scaled(da, (lo + hi) / 2));
            const PointM to = nearestOnSegment(from, b0, b1);
            return {std::hypot(to.x - from.x, to.y - from.y), from, to};
        }
    }
    // Otherwise the shortest segment ends at one of the four end points.
    Closest best;
    bool first = true;
    auto consider = [&](const PointM &from, const PointM &to) {
        const double d = std::hypot(to.x - from.x, to.y - from.y);
        if (first || d < best.distanceM) {
            best = {d, from, to};
            first = false;
        }
    };
    consider(a0, nearestOnSegment(a0, b0, b1));
    consider(a1, nearestOnSegment(a1, b0, b1));
    consider(nearestOnSegment(b0, a0, a1), b0);
    consider(nearestOnSegment(b1, a0, a1), b1);
    return best;
}

Closest closestBetween(const QuadM &quad, const PointM &b0, const PointM &b1)
{
    // Of edges equally near (a corner), the one most parallel to the segment: its side faces the
    // segment, and the parallel case measures in the middle of the common stretch.
    const PointM db = sub(b1, b0);
    const auto skew = [&](const PointM &a0, const PointM &a1) {
        const PointM da = sub(a1, a0);
        const double norms = std::sqrt(dot(da, da) * dot(db, db));
        return norms > 0 ? std::abs(cross(da, db)) / norms : 1.0;
    };
    Closest best = closestBetweenSegments(quad[0], quad[1], b0, b1);
    double bestSkew = skew(quad[0], quad[1]);
    for (std::size_t i = 1; i < 4; ++i) {
        const PointM &a0 = quad[i];
        const PointM &a1 = quad[(i + 1) % 4];
        const Closest c = closestBetweenSegments(a0, a1, b0, b1);
        const double s = skew(a0, a1);
        if (c.distanceM < best.distanceM - kTieM || (c.distanceM <= best.distanceM + kTieM && s < bestSkew)) {
            best = c;
            bestSkew = s;
        }
    }
    return best;
}

} // namespace hectare::layout
