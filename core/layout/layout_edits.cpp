// The plan's geometric edits: move, rotate, align, distribute, remove, snap.
#include "layout_edits.h"

#include "layout_selection.h"
#include "layout_shapes.h"

#include <algorithm>
#include <cmath>

namespace hectare {

using namespace layout;

LayoutChange moveObjects(const SiteModel &model, const LayoutSelection &selection, double dxM, double dyM)
{
    std::vector<std::pair<LayoutObjectRef, PointM>> moves;
    for (const BoundedObject &o : boundedObjects(model, resolveSelection(model, selection)))
        moves.emplace_back(o.ref, PointM{dxM, dyM});
    return movedBy(model, moves);
}

LayoutChange rotateObjects(const SiteModel &model, const LayoutSelection &selection, double degrees)
{
    LayoutChange change;
    const SelectedObjects selected = resolveSelection(model, selection);
    const std::vector<BoundedObject> objects = boundedObjects(model, selected);
    if (objects.empty() || normalisedDegrees(degrees) == 0)
        return change;

    BoundsM all = objects.front().bounds;
    for (const BoundedObject &o : objects)
        all = united(all, o.bounds);
    const PointM centre{(all.minX + all.maxX) / 2, (all.minY + all.maxY) / 2};

    // A row turns with its racks about its origin: turning the origin about the centre and the
    // orientation by the same angle turns every rack footprint rigidly.
    for (const Row *row : selected.rows) {
        Row turned = *row;
        turned.origin = rotatedAbout(row->origin, centre, degrees);
        turned.orientationDeg = normalisedDegrees(row->orientationDeg + degrees);
        change.rows.push_back(turned);
    }
    for (const Obstacle *o : selected.obstacles) {
        Obstacle turned = *o;
        turned.centre = rotatedAbout(o->centre, centre, degrees);
        turned.rotationDeg = normalisedDegrees(o->rotationDeg + degrees);
        change.obstacles.push_back(turned);
    }
    for (const Cage *cage : selected.cages) {
        Cage turned = *cage;
        for (PointM &p : turned.outline)
            p = rotatedAbout(p, centre, degrees);
        change.cages.push_back(turned);
    }
    return change;
}

LayoutChange alignObjects(const SiteModel &model, const LayoutSelection &selection, AlignEdge edge)
{
    const std::vector<BoundedObject> objects = boundedObjects(model, resolveSelection(model, selection));
    if (objects.size() < 2)
        return {};
    BoundsM all = objects.front().bounds;
    for (const BoundedObject &o : objects)
        all = united(all, o.bounds);

    std::vector<std::pair<LayoutObjectRef, PointM>> moves;
    for (const BoundedObject &o : objects) {
        const BoundsM &b = o.bounds;
        PointM d;
        switch (edge) {
        case AlignEdge::Left: d.x = all.minX - b.minX; break;
        case AlignEdge::Right: d.x = all.maxX - b.maxX; break;
        case AlignEdge::Top: d.y = all.minY - b.minY; break;
        case AlignEdge::Bottom: d.y = all.maxY - b.maxY; break;
        case AlignEdge::CentreX: d.x = (all.minX + all.maxX) / 2 - (b.minX + b.maxX) / 2; break;
        case AlignEdge::CentreY: d.y = (all.minY + all.maxY) / 2 - (b.minY + b.maxY) / 2; break;
        }
        moves.emplace_back(o.ref, d);
    }
    return movedBy(model, moves);
}

LayoutChange distributeObjects(const SiteModel &model, const LayoutSelection &selection, DistributeAxis axis)
{
    std::vector<BoundedObject> objects = boundedObjects(model, resolveSelection(model, selection));
    if (objects.size() < 3)
        return {};
    const bool horizontal = axis == DistributeAxis::Horizontal;
    const auto lo = [&](const BoundsM &b) { return horizontal ? b.minX : b.minY; };
    const auto hi = [&](const BoundsM &b) { return horizontal ? b.maxX : b.maxY; };

    // In order of their middles; the first and the last stay, the others are spaced between.
    std::stable_sort(objects.begin(), objects.end(), [&](const BoundedObject &a, const BoundedObject &b) {
        return lo(a.bounds) + hi(a.bounds) < lo(b.bounds) + hi(b.bounds);
    });
    double sizes = 0;
    for (const BoundedObject &o : objects)
        sizes += hi(o.bounds) - lo(o.bounds);
    const double span = hi(objects.back().bounds) - lo(objects.front().bounds);
    const double gap = (span - sizes) / double(objects.size() - 1);

    std::vector<std::pair<LayoutObjectRef, PointM>> moves;
    double next = hi(objects.front().bounds) + gap;
    for (std::size_t i = 1; i + 1 < objects.size(); ++i) {
        const BoundsM &b = objects[i].bounds;
        const double shift = next - lo(b);
        moves.emplace_back(objects[i].ref, horizontal ? PointM{shift, 0} : PointM{0, shift});
        next += hi(b) - lo(b) + gap;
    }
    // movedBy keeps the model's order (by kind, then id), whatever the order along the axis.
    std::sort(moves.begin(), moves.end(), [](const auto &a, const auto &b) {
        return a.first.kind != b.first.kind ? a.first.kind < b.first.kind : a.first.id < b.first.id;
    });
    return movedBy(model, moves);
}

LayoutChange removeObjects(const SiteModel &model, const LayoutSelection &selection)
{
    LayoutChange change;
    const SelectedObjects selected = resolveSelection(model, selection);
    const auto racks = racksOfRows(model, selected.rows);
    for (const Row *row : selected.rows) {
        change.removedRows.push_back(row->id);
        for (const Rack *rack : racks.at(row->id))
            change.removedRacks.push_back(rack->id);
    }
    std::sort(change.removedRacks.begin(), change.removedRacks.end());
    for (const Obstacle *o : selected.obstacles)
        change.removedObstacles.push_back(o->id);
    for (const Cage *cage : selected.cages)
        change.removedCages.push_back(cage->id);
    return change;
}

double snapToTile(const Hall &hall, double valueM, bool alongY)
{
    if (!(hall.tileM > 0))
        return valueM;
    const double origin = hall.outline.empty() ? 0.0 : (alongY ? hall.outline.front().y : hall.outline.front().x);
    return origin + std::round((valueM - origin) / hall.tileM) * hall.tileM;
}

} // namespace hectare
