// Service zones: the free floor in front of PDUs/RPPs and CRAH/CRAC units.
#include "layout_measures.h"

#include <algorithm>
#include <optional>
#include <tuple>

namespace hectare::layout {
namespace {

// A point in the zone's frame: s across the unit's front from its middle, t out from its front.
struct Local
{
    double s = 0;
    double t = 0;
};

// The part of a convex polygon (or a segment, given as two points) where a·s + b·t + c ≥ 0
// (Sutherland–Hodgman against one half-plane).
std::vector<Local> clipped(const std::vector<Local> &in, double a, double b, double c)
{
    std::vector<Local> out;
    const std::size_t n = in.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Local &p = in[i];
        const Local &q = in[(i + 1) % n];
        const double fp = a * p.s + b * p.t + c;
        const double fq = a * q.s + b * q.t + c;
        if (fp >= 0)
            out.push_back(p);
        if ((fp >= 0) != (fq >= 0)) {
            const double k = fp / (fp - fq);
            out.push_back({p.s + (q.s - p.s) * k, p.t + (q.t - p.t) * k});
        }
    }
    return out;
}

// How far out from the unit's front the shape first reaches across the unit's width (its sides
// pulled in by the tolerance, so that a neighbour flush with the unit's side does not count),
// or nothing when it never does.
std::optional<double> nearestDepth(std::vector<Local> shape, double halfWidth)
{
    const double half = std::max(0.0, halfWidth - kGeometryToleranceM);
    shape = clipped(shape, 1, 0, half);    // s ≥ −half
    shape = clipped(shape, -1, 0, half);   // s ≤ half
    shape = clipped(shape, 0, 1, 0);       // t ≥ 0: what is behind the front does not block it
    if (shape.empty())
        return std::nullopt;
    double nearest = shape.front().t;
    for (const Local &p : shape)
        nearest = std::min(nearest, p.t);
    return nearest;
}

} // namespace

std::vector<const Obstacle *> obstaclesOfHall(const SiteModel &model, Id hallId)
{
    std::vector<const Obstacle *> obstacles;
    for (const Obstacle &o : model.obstacles)
        if (o.hallId == hallId)
            obstacles.push_back(&o);
    std::sort(obstacles.begin(), obstacles.end(), [](const Obstacle *a, const Obstacle *b) { return a->id < b->id; });
    return obstacles;
}

ServiceZone measureServiceZone(const Obstacle &unit, const Hall &hall, std::span<const PlacedRow> rows,
                               const std::vector<const Obstacle *> &obstacles, double depthM)
{
    const Direction dir = directionOf(unit.rotationDeg);
    const PointM outward = scaled(dir.left, -1);   // the front is the unit's local −y side
    const PointM front = add(unit.centre, scaled(outward, unit.depthM / 2));
    const double halfWidth = unit.widthM / 2;
    const auto at = [&](double s, double t) { return add(front, add(scaled(dir.along, s), scaled(outward, t))); };
    const auto toLocal = [&](const PointM &p) {
        const PointM d = sub(p, front);
        return Local{dot(d, dir.along), dot(d, outward)};
    };

    ServiceZone z;
    z.zone = {at(-halfWidth, depthM), at(halfWidth, depthM), at(halfWidth, 0), at(-halfWidth, 0)};
    const BoundsM zoneBounds = boundsOf(z.zone);
    z.freeDepthM = depthM;

    std::vector<std::tuple<double, int, Id>> inTheWay;   // (depth, kind, id): nearest first
    const auto consider = [&](const QuadM &shape, LayoutObjectRef ref) {
        const std::optional<double> depth =
            nearestDepth({toLocal(shape[0]), toLocal(shape[1]), toLocal(shape[2]), toLocal(shape[3])}, halfWidth);
        if (!depth)
            return;
        z.freeDepthM = std::min(z.freeDepthM, *depth);
        if (rectanglesOverlap(z.zone, shape))
            inTheWay.emplace_back(*depth, int(ref.kind), ref.id);
    };
    for (const PlacedRow &row : rows) {
        if (boundsGap(row.bounds, zoneBounds) > 0)
            continue;
        for (const PlacedRack &rack : row.racks)
            if (boundsGap(rack.bounds, zoneBounds) == 0)
                consider(rack.footprint, {LayoutObjectRef::Kind::Rack, rack.rack->id});
    }
    for (const Obstacle *other : obstacles) {
        if (other->id == unit.id || other->kind == ObstacleKind::Door)
            continue;
        const QuadM shape = obstacleFootprint(*other);
        if (boundsGap(boundsOf(shape), zoneBounds) == 0)
            consider(shape, {LayoutObjectRef::Kind::Obstacle, other->id});
    }

    const std::size_t n = hall.outline.size();
    if (n >= 3) {
        for (std::size_t i = 0; i < n; ++i) {
            const std::optional<double> depth =
                nearestDepth({toLocal(hall.outline[i]), toLocal(hall.outline[(i + 1) % n])}, halfWidth);
            if (depth)
                z.freeDepthM = std::min(z.freeDepthM, *depth);
        }
        z.leavesHall = !rectangleInsidePolygon(z.zone, hall.outline);
    }
    z.freeDepthM = std::max(0.0, z.freeDepthM);

    std::sort(inTheWay.begin(), inTheWay.end());
    for (const auto &[depth, kind, id] : inTheWay)
        z.inTheWay.push_back({LayoutObjectRef::Kind(kind), id});
    z.from = at(0, 0);
    z.to = at(0, z.freeDepthM);
    return z;
}

} // namespace hectare::layout
