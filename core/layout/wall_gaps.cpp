// Distances from racks to the walls around them: the hall's outline and Wall obstacles.
#include "layout_measures.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace hectare::layout {
namespace {

// Racks whose distances differ by less than this are equally near the wall.
constexpr double kEqualM = 1e-6;

struct WallSegment
{
    PointM a;
    PointM b;
    BoundsM bounds;
};

std::vector<WallSegment> wallSegments(const Hall &hall, const std::vector<const Obstacle *> &walls)
{
    std::vector<WallSegment> segments;
    auto addSegment = [&](const PointM &a, const PointM &b) { segments.push_back({a, b, boundsOfSegment(a, b)}); };
    const std::size_t n = hall.outline.size();
    if (n >= 3)
        for (std::size_t i = 0; i < n; ++i)
            addSegment(hall.outline[i], hall.outline[(i + 1) % n]);
    for (const Obstacle *wall : walls) {
        const QuadM q = obstacleFootprint(*wall);
        for (std::size_t i = 0; i < 4; ++i)
            addSegment(q[i], q[(i + 1) % 4]);
    }
    return segments;
}

// Which side of its row a rack sees a wall on, from the wall's nearest point: straight in front
// of or behind the rack, straight beyond one of its ends, or, off a corner, in the direction the
// gap runs. A wall touching a corner goes by its own direction (along the row: front or back).
RowSide sideOf(const PlacedRow &row, const PlacedRack &rack, const Closest &c, const WallSegment &wall)
{
    const double tol = kGeometryToleranceM;
    const PointM rel = sub(c.to, row.row->origin);
    const double t = dot(rel, row.dir.along);
    const double u = dot(rel, row.dir.left);
    const double s0 = rack.rack->offsetMm / 1000.0;
    const double s1 = (rack.rack->offsetMm + rack.rack->widthMm) / 1000.0;
    const double depth = rack.rack->depthMm / 1000.0;
    const auto frontOrBack = [&] { return u > depth / 2 ? RowSide::Back : RowSide::Front; };
    const auto startOrEnd = [&] { return t > (s0 + s1) / 2 ? RowSide::End : RowSide::Start; };

    if (t > s0 + tol && t < s1 - tol)
        return frontOrBack();
    if (u > tol && u < depth - tol)
        return startOrEnd();
    if (c.distanceM > tol) {
        const PointM gap = sub(c.to, c.from);
        return std::abs(dot(gap, row.dir.left)) >= std::abs(dot(gap, row.dir.along)) ? frontOrBack() : startOrEnd();
    }
    const PointM wallDirection = sub(wall.b, wall.a);
    return std::abs(dot(wallDirection, row.dir.along)) >= std::abs(dot(wallDirection, row.dir.left)) ? frontOrBack()
                                                                                                       : startOrEnd();
}

// The rack nearest to the wall; of racks equally near (a row along a wall), the middle one, so
// that the dimension line stands in the middle of the row rather than at its first rack.
RackGap nearestOf(const std::vector<RackGap> &racks)
{
    double shortest = racks.front().distanceM;
    for (const RackGap &r : racks)
        shortest = std::min(shortest, r.distanceM);
    std::vector<const RackGap *> nearest;
    for (const RackGap &r : racks)
        if (r.distanceM <= shortest + kEqualM)
            nearest.push_back(&r);
    return *nearest[(nearest.size() - 1) / 2];
}

} // namespace

std::vector<WallGap> wallGaps(const Hall &hall, std::span<const PlacedRow> rows,
                              const std::vector<const Obstacle *> &walls, double reachM)
{
    const std::vector<WallSegment> segments = wallSegments(hall, walls);
    std::vector<WallGap> gaps;
    for (const PlacedRow &row : rows) {
        std::array<std::vector<RackGap>, 4> bySide;
        for (const PlacedRack &rack : row.racks) {
            std::array<std::optional<RackGap>, 4> nearest;
            for (const WallSegment &wall : segments) {
                if (boundsGap(rack.bounds, wall.bounds) > reachM)
                    continue;
                const Closest c = closestBetween(rack.footprint, wall.a, wall.b);
                if (!(c.distanceM <= reachM))
                    continue;
                std::optional<RackGap> &best = nearest[std::size_t(sideOf(row, rack, c, wall))];
                if (!best || c.distanceM < best->distanceM)
                    best = RackGap{&rack, c.distanceM, c.from, c.to};
            }
            for (std::size_t side = 0; side < 4; ++side)
                if (nearest[side])
                    bySide[side].push_back(*nearest[side]);
        }
        for (std::size_t side = 0; side < 4; ++side) {
            if (bySide[side].empty())
                continue;
            WallGap gap;
            gap.row = &row;
            gap.side = RowSide(side);
            gap.racks = std::move(bySide[side]);
            gap.nearest = nearestOf(gap.racks);
            gaps.push_back(std::move(gap));
        }
    }
    return gaps;
}

} // namespace hectare::layout
